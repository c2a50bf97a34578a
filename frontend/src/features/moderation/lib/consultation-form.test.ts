import { describe, expect, it } from 'vitest';
import { consultationRequest, emptyConsultation, periodOf, toggled, validateConsultation } from './consultation-form';

const filled = () => ({
  ...emptyConsultation(), id: 'dx-plan-2-outline', title: '金沢市DXアクションプラン2.0（骨子案）への意見募集', summary: '骨子案への意見を募集します。',
  plan: 'dx-action-plan-2', version: 'outline-2025-10-29', opensAt: '2025-11-17', closesAt: '2025-12-16',
});

describe('the period a moderator types', () => {
  it('runs from the first day to the end of the last day in Japan time, both days counted', () => {
    expect(periodOf(filled())).toEqual({ opensAt: '2025-11-17T00:00:00+09:00', closesAt: '2025-12-17T00:00:00+09:00', days: 30 });
  });

  it('closes at the closing time of the last day when one is given', () => {
    expect(periodOf({ ...filled(), opensTime: '09:00', closesTime: '17:00' }))
      .toEqual({ opensAt: '2025-11-17T09:00:00+09:00', closesAt: '2025-12-16T17:00:00+09:00', days: 30 });
  });

  it('is unknown until both days are entered', () => {
    expect(periodOf({ ...filled(), closesAt: '' })).toBeUndefined();
  });
});

describe('checking a new consultation before it is sent', () => {
  it('accepts the 30-day consultation on the 2.0 outline and sends what comment-service takes', () => {
    expect(validateConsultation(filled())).toEqual({});
    expect(consultationRequest({ ...filled(), documents: [{ title: ' 骨子案 ', url: ' https://example.jp/outline.pdf ' }] })).toMatchObject({
      id: 'dx-plan-2-outline', opensAt: '2025-11-17T00:00:00+09:00', closesAt: '2025-12-17T00:00:00+09:00',
      allowedAttributes: ['resident', 'worker', 'student', 'business', 'other'], channels: ['web', 'post', 'fax', 'email', 'counter'],
      documents: [{ title: '骨子案', url: 'https://example.jp/outline.pdf' }], shortPeriodReason: undefined,
    });
  });

  it('asks for the reason when the period is under 30 days, and for nothing more once it is given', () => {
    const short = { ...filled(), closesAt: '2025-12-15' };
    expect(validateConsultation(short)).toEqual({ shortPeriodReason: ['consultationSetup.errors.shortPeriodReason', { days: 29, min: 30 }] });
    expect(validateConsultation({ ...short, shortPeriodReason: '年度内に策定するため' })).toEqual({});
  });

  it('names every field that is missing or wrong', () => {
    const found = validateConsultation({ ...emptyConsultation(), id: 'DX 2', allowedAttributes: [], channels: [], documents: [{ title: '資料', url: 'ftp://x' }] });
    expect(Object.keys(found).sort()).toEqual(['allowedAttributes', 'channels', 'closesAt', 'documents', 'id', 'opensAt', 'plan', 'summary', 'title']);
    expect(found.id).toEqual(['consultationSetup.errors.idPattern']);
    expect(found.documents).toEqual(['consultationSetup.errors.documentUrl']);
  });

  it('refuses a deadline before the opening', () => {
    expect(validateConsultation({ ...filled(), closesAt: '2025-11-17', opensTime: '10:00', closesTime: '09:00' }).closesAt)
      .toEqual(['consultationSetup.errors.closesBeforeOpens']);
  });
});

describe('choosing codes', () => {
  it('keeps the order of the full list whatever the order of clicks', () => {
    expect(toggled(['fax'], 'web', ['web', 'post', 'fax'])).toEqual(['web', 'fax']);
    expect(toggled(['web', 'fax'], 'web', ['web', 'post', 'fax'])).toEqual(['fax']);
  });
});
