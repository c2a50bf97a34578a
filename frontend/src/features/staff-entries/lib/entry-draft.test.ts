import i18n from '@/lib/i18n';
import { consultation } from '@/testing/staff-fixtures';
import { emptyEntry, flattenOutline, formFieldOf, toInstant, toRequest, validateEntry } from './entry-draft';

const t = i18n.getFixedT('ja');

describe('staff entry draft', () => {
  it('reads the datetime-local value as Tokyo time', () => {
    expect(toInstant('2025-11-20T10:30')).toBe('2025-11-20T10:30:00+09:00');
    expect(Date.parse(toInstant('2025-11-17T00:00'))).toBe(Date.parse('2025-11-16T15:00:00Z'));
  });

  it('names the server’s nested fields as the form does', () => {
    expect(formFieldOf('opinion.contact.name')).toBe('name');
    expect(formFieldOf('opinion.text')).toBe('text');
    expect(formFieldOf('opinion.sections[3]')).toBe('sections');
    expect(formFieldOf('receivedAt')).toBe('receivedAt');
  });

  it('lists the outline depth first with its depth', () => {
    expect(flattenOutline(consultation.outline)).toEqual([
      { key: 'basic-philosophy', label: '2.1 基本理念', depth: 0 },
      { key: 'guidelines', label: '2.2 行動指針', depth: 0 },
      { key: 'guideline-speed', label: '2 スピード感', depth: 1 },
    ]);
  });

  it('checks the consultation’s own rules: required fields, the period, the text', () => {
    const errors = validateEntry({ ...emptyEntry(), receivedAt: '2025-12-17T00:00', phone: 'abc' }, consultation, t);
    expect(errors).toEqual({
      channel: '提出方法を選んでください。',
      receivedAt: '受け付けた日時は募集期間（令和7年11月17日(月)〜令和7年12月16日(火)）内にしてください。',
      text: '意見の内容を入力してください。',
      name: '氏名を入力してください。',
      address: '住所を入力してください。',
      attribute: '区分を入力してください。',
      phone: '電話番号は数字とハイフンで20文字以内にしてください。',
    });
    const ok = { ...emptyEntry(), channel: 'post', receivedAt: '2025-12-16T23:59', text: '紙で届いた意見', name: '金沢 一郎', address: '金沢市', attribute: 'resident' };
    expect(validateEntry(ok, consultation, t)).toEqual({});
  });

  it('sends blanks as absent and the time with its offset', () => {
    const body = toRequest({ ...emptyEntry(), channel: 'fax', receivedAt: '2025-11-20T10:30', text: '意見', sections: ['guidelines'], name: ' 金沢 一郎 ', address: '金沢市', attribute: 'resident' });
    expect(body).toEqual({
      channel: 'fax', receivedAt: '2025-11-20T10:30:00+09:00',
      opinion: { text: '意見', sections: ['guidelines'], attribute: 'resident', attributeDetail: undefined,
        contact: { name: '金沢 一郎', organization: undefined, address: '金沢市', email: undefined, phone: undefined } },
    });
  });
});
