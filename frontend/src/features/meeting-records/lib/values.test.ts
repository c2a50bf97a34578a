import type { MeetingDetail } from '../api/meetings';
import {
  appointmentInput, cohortInput, meetingInput, meetingValues, personInput, validateAppointment, validateCohort, validateMeeting,
  validatePerson,
} from './values';

const meeting: MeetingDetail = {
  id: 3, title: '令和7年度 第3回金沢市DX会議', number: 3, status: 'held', lockVersion: 4, summary: '概要',
  organization: { key: 'dx-council', name: '金沢市DX会議' }, fiscalYear: { year: 2025, label: '令和7年度' },
  heldOn: { date: '2025-10-29', label: '令和7年10月29日(水)' }, planned: { date: '2025-10-01', precision: 'month', label: '令和7年10月' },
};

describe('the secretary’s form values', () => {
  it('turns a meeting into text and back, keeping its summary', () => {
    const v = meetingValues(meeting);
    expect(v).toMatchObject({ organization: 'dx-council', number: '3', fiscalYear: '2025', plannedOn: '2025-10-01', plannedPrecision: 'month', heldOn: '2025-10-29' });
    expect(meetingInput({ ...v, location: ' ', number: '３' }, 4, meeting.summary)).toMatchObject({
      number: 3, fiscalYear: 2025, location: undefined, summary: '概要', lockVersion: 4,
    });
  });

  it('checks a meeting as meeting-service does: held needs a date, dates in the 年度', () => {
    const v = meetingValues(meeting);
    expect(validateMeeting(v)).toEqual({});
    expect(validateMeeting({ ...v, heldOn: '' })).toEqual({ heldOn: ['secretary.errors.heldNeedsDate'] });
    expect(validateMeeting({ ...v, status: 'planned' })).toEqual({ status: ['secretary.errors.dateNeedsHeld'] });
    // 2026年3月 is still 令和7年度; 2026年4月 is not.
    expect(validateMeeting({ ...v, heldOn: '2026-03-31' })).toEqual({});
    expect(validateMeeting({ ...v, heldOn: '2026-04-01' })).toEqual({ heldOn: ['secretary.errors.outsideYear'] });
    expect(validateMeeting({ ...v, title: ' ', number: '0' })).toEqual({
      title: ['secretary.errors.titleRequired'], number: ['secretary.errors.wholeNumber', { min: 1 }],
    });
  });

  it('wants a person’s reading in kana', () => {
    const v = { key: 'kanazawa-taro', name: '金沢 太郎', familyName: '', givenName: '', nameReading: 'かなざわ たろう' };
    expect(validatePerson(v)).toEqual({});
    expect(validatePerson({ ...v, nameReading: 'Kanazawa', key: 'Taro' })).toEqual({
      nameReading: ['secretary.errors.readingKana'], key: ['secretary.errors.keyPattern'],
    });
    expect(personInput(v, 2)).toEqual({ key: 'kanazawa-taro', name: '金沢 太郎', familyName: undefined, givenName: undefined, nameReading: 'かなざわ たろう', lockVersion: 2 });
  });

  it('reads a cohort’s presentations and an appointment’s advisors one a line', () => {
    const cohort = { fiscalYear: '2025', programName: '研修', traineeCount: '20', trainingStart: '2025-06-01', trainingEnd: '2025-05-01',
      presentationOn: '', cumulativeSinceFiscalYear: '2021', cumulativeCount: '100', presentations: '① 窓口\n\n 申請 ' };
    expect(validateCohort(cohort)).toEqual({ trainingEnd: ['secretary.errors.endBeforeStart'] });
    expect(cohortInput(cohort).presentations).toEqual(['① 窓口', '申請']);
    const appointment = { fiscalYear: '2025', title: 'DXアドバイザー', purpose: '', appointedOn: '2025-04-01', appointedCount: '2', termEnd: '',
      renewable: 'true', roles: '助言', advisors: '民間企業 / 代表取締役\n大学' };
    expect(validateAppointment(appointment)).toEqual({ advisors: ['secretary.errors.advisorLine'] });
    expect(appointmentInput({ ...appointment, advisors: '民間企業 / 代表取締役' })).toMatchObject({
      renewable: true, roles: ['助言'], advisors: [{ department: '民間企業', postTitle: '代表取締役' }],
    });
  });
});
