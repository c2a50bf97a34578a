import type { ConsultationDetail } from '@/features/staff-entries/api/consultations';

/** The seeded FY2025 consultation on the 2.0 outline as comment-service serves it (closed: staff may still enter opinions). */
export const consultation: ConsultationDetail = {
  id: 'dx-action-plan-2-outline',
  title: '「金沢市DXアクションプラン2.0」骨子案に対する意見募集',
  status: { code: 'closed', label: '募集終了' },
  accepting: false,
  period: {
    opensAt: '2025-11-17T00:00:00+09:00', closesAt: '2025-12-17T00:00:00+09:00',
    firstDay: { date: '2025-11-17', label: '令和7年11月17日(月)' }, lastDay: { date: '2025-12-16', label: '令和7年12月16日(火)' },
  },
  rules: {
    maxTextLength: 4000, maxSections: 20, requiredFields: ['name', 'address', 'attribute'],
    attributes: [{ code: 'resident', label: '市内在住' }, { code: 'worker', label: '市内在勤' }],
    channels: [{ code: 'web', label: 'ウェブフォーム' }, { code: 'post', label: '郵送' }, { code: 'fax', label: 'ファクス' }],
  },
  outline: [
    { key: 'basic-philosophy', number: '2.1', title: '基本理念', children: [] },
    { key: 'guidelines', number: '2.2', title: '行動指針', children: [{ key: 'guideline-speed', number: '2', title: 'スピード感', children: [] }] },
  ],
};
