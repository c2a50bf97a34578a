import type { Messages } from '@/features/plan-editing/lib/messages';
import { fiscalYearOf } from '@/lib/wareki';
import type { MeetingDetail, MeetingInput } from '../api/meetings';
import type { MembershipInput, Membership, Person, PersonInput, Post, PostInput } from '../api/people';
import type { Appointment, AppointmentInput, Cohort, CohortInput, Issue, IssueInput, Team, TeamInput } from '../api/programs';
import type { ScheduleEntry, ScheduleInput } from '../api/schedule';

/** The secretary's forms keep what was typed as text (a draft survives signing in again); these turn it into requests. */
const text = (v: string | number | undefined | null) => (v === undefined || v === null ? '' : String(v));
const opt = (s: string) => s.trim() || undefined;
const int = (s: string) => (s.trim() ? Number(s.normalize('NFKC').trim()) : undefined);
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
const KEY = /^[a-z0-9][a-z0-9-]*$/;
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・ 　]+$/u;

const str = (v: object, field: string) => String((v as Record<string, unknown>)[field] ?? '').trim();

function required(found: Messages, v: object, field: string, key: string, max?: number) {
  if (!str(v, field)) found[field] = [key];
  else if (max && str(v, field).length > max) found[field] = ['drafts.errors.tooLong', { max }];
}

function maxLength(found: Messages, v: object, field: string, max: number) {
  if (str(v, field).length > max) found[field] = ['drafts.errors.tooLong', { max }];
}

function count(found: Messages, v: object, field: string, min: number) {
  const n = int(str(v, field));
  if (n !== undefined && (!Number.isInteger(n) || n < min)) found[field] = ['secretary.errors.wholeNumber', { min }];
}

/** A date must fall in the record's 年度 (April–March), as meeting-service requires. */
function inYear(found: Messages, v: object, field: string, year: string) {
  if (str(v, field) && year && fiscalYearOf(str(v, field)) !== Number(year)) found[field] = ['secretary.errors.outsideYear'];
}

// ISO dates compare as text.
function inOrder(found: Messages, v: object, start: string, end: string) {
  if (str(v, start) && str(v, end) && str(v, end) < str(v, start)) found[end] = ['secretary.errors.endBeforeStart'];
}

// ---------------------------------------------------------------- meeting

export interface MeetingValues {
  organization: string;
  title: string;
  number: string;
  fiscalYear: string;
  status: string;
  plannedOn: string;
  plannedPrecision: string;
  heldOn: string;
  location: string;
  theme: string;
  lockVersion?: number;
}

export const MEETING_FIELDS = ['organization', 'title', 'number', 'fiscalYear', 'status', 'plannedOn', 'plannedPrecision', 'heldOn', 'location', 'theme'] as const;

export const meetingValues = (m?: MeetingDetail, fiscalYear?: number): MeetingValues => ({
  organization: m?.organization?.key ?? 'dx-council', title: m?.title ?? '', number: text(m?.number),
  fiscalYear: text(m?.fiscalYear?.year ?? fiscalYear), status: m?.status ?? 'planned', plannedOn: m?.planned?.date ?? '',
  plannedPrecision: m?.planned?.precision ?? 'day', heldOn: m?.heldOn?.date ?? '', location: m?.location ?? '',
  theme: m?.theme ?? '', lockVersion: m?.lockVersion,
});

/** As MeetingEditor checks a meeting, so most mistakes are shown before sending. */
export function validateMeeting(v: MeetingValues): Messages {
  const found: Messages = {};
  required(found, v, 'organization', 'secretary.errors.organizationRequired');
  required(found, v, 'title', 'secretary.errors.titleRequired', 300);
  count(found, v, 'number', 1);
  if (!v.fiscalYear) found.fiscalYear = ['secretary.errors.fiscalYearRequired'];
  if (v.status === 'held' && !v.heldOn) found.heldOn = ['secretary.errors.heldNeedsDate'];
  if (v.status !== 'held' && v.heldOn) found.status = ['secretary.errors.dateNeedsHeld'];
  inYear(found, v, 'plannedOn', v.fiscalYear);
  inYear(found, v, 'heldOn', v.fiscalYear);
  maxLength(found, v, 'location', 300);
  maxLength(found, v, 'theme', 500);
  return found;
}

/** The summary has its own form; an edit of the details sends it back unchanged. */
export const meetingInput = (v: MeetingValues, lockVersion: number | undefined, summary?: string): MeetingInput => ({
  organization: v.organization, title: v.title.trim(), number: int(v.number), fiscalYear: Number(v.fiscalYear),
  status: v.status, plannedOn: opt(v.plannedOn), plannedPrecision: v.plannedOn ? v.plannedPrecision : undefined,
  heldOn: opt(v.heldOn), location: opt(v.location), theme: opt(v.theme), summary: summary || undefined, lockVersion,
});

// ---------------------------------------------------------------- person

export interface PersonValues {
  key: string;
  name: string;
  familyName: string;
  givenName: string;
  nameReading: string;
  lockVersion?: number;
}

export const PERSON_FIELDS = ['key', 'name', 'familyName', 'givenName', 'nameReading'] as const;

export const personValues = (p?: Person): PersonValues => ({
  key: p?.key ?? '', name: p?.name ?? '', familyName: p?.familyName ?? '', givenName: p?.givenName ?? '',
  nameReading: p?.nameReading ?? '', lockVersion: p?.lockVersion,
});

export function validatePerson(v: PersonValues): Messages {
  const found: Messages = {};
  required(found, v, 'key', 'secretary.errors.keyRequired', 80);
  if (v.key.trim() && !KEY.test(v.key.trim())) found.key = ['secretary.errors.keyPattern'];
  required(found, v, 'name', 'secretary.errors.nameRequired', 200);
  maxLength(found, v, 'familyName', 100);
  maxLength(found, v, 'givenName', 100);
  required(found, v, 'nameReading', 'secretary.errors.readingRequired', 200);
  if (v.nameReading.trim() && !KANA.test(v.nameReading.trim())) found.nameReading = ['secretary.errors.readingKana'];
  return found;
}

export const personInput = (v: PersonValues, lockVersion?: number): PersonInput => ({
  key: v.key.trim(), name: v.name.trim(), familyName: opt(v.familyName), givenName: opt(v.givenName),
  nameReading: v.nameReading.trim(), lockVersion,
});

// ---------------------------------------------------------------- membership

export interface MembershipValues {
  organization: string;
  post: string;
  role: string;
  affiliation: string;
  startDate: string;
  endDate: string;
  lockVersion?: number;
}

export const MEMBERSHIP_FIELDS = ['organization', 'post', 'role', 'affiliation', 'startDate', 'endDate'] as const;

export const membershipValues = (m?: Membership): MembershipValues => ({
  organization: m?.organization?.key ?? '', post: m?.post?.key ?? '', role: m?.role ?? '', affiliation: m?.affiliation ?? '',
  startDate: m?.startDate ?? '', endDate: m?.endDate ?? '', lockVersion: m?.lockVersion,
});

export function validateMembership(v: MembershipValues): Messages {
  const found: Messages = {};
  required(found, v, 'organization', 'secretary.errors.organizationRequired');
  required(found, v, 'role', 'secretary.errors.roleRequired', 100);
  maxLength(found, v, 'affiliation', 300);
  inOrder(found, v, 'startDate', 'endDate');
  return found;
}

export const membershipInput = (v: MembershipValues, lockVersion?: number): MembershipInput => ({
  organization: v.organization, post: opt(v.post), role: v.role.trim(), affiliation: opt(v.affiliation),
  startDate: opt(v.startDate), endDate: opt(v.endDate), lockVersion,
});

// ---------------------------------------------------------------- post

export interface PostValues {
  key: string;
  organization: string;
  label: string;
  role: string;
  exOfficio: string;
  seats: string;
  lockVersion?: number;
}

export const POST_FIELDS = ['key', 'organization', 'label', 'role', 'exOfficio', 'seats'] as const;

export const postValues = (p?: Post): PostValues => ({
  key: p?.key ?? '', organization: p?.organization?.key ?? '', label: p?.label ?? '', role: p?.role ?? '',
  exOfficio: p?.exOfficio ?? '', seats: text(p?.seats ?? 1), lockVersion: p?.lockVersion,
});

export function validatePost(v: PostValues): Messages {
  const found: Messages = {};
  required(found, v, 'key', 'secretary.errors.keyRequired', 80);
  if (v.key.trim() && !KEY.test(v.key.trim())) found.key = ['secretary.errors.keyPattern'];
  required(found, v, 'organization', 'secretary.errors.organizationRequired');
  required(found, v, 'label', 'secretary.errors.labelRequired', 100);
  required(found, v, 'role', 'secretary.errors.roleRequired', 100);
  maxLength(found, v, 'exOfficio', 200);
  count(found, v, 'seats', 1);
  return found;
}

export const postInput = (v: PostValues, lockVersion?: number): PostInput => ({
  key: v.key.trim(), organization: v.organization, label: v.label.trim(), role: v.role.trim(), exOfficio: opt(v.exOfficio),
  seats: int(v.seats), lockVersion,
});

// ---------------------------------------------------------------- leader cohort

export interface CohortValues {
  fiscalYear: string;
  programName: string;
  traineeCount: string;
  trainingStart: string;
  trainingEnd: string;
  presentationOn: string;
  cumulativeSinceFiscalYear: string;
  cumulativeCount: string;
  /** One presentation title a line, in order (①, ②, …). */
  presentations: string;
  lockVersion?: number;
}

export const COHORT_FIELDS = ['fiscalYear', 'programName', 'traineeCount', 'trainingStart', 'trainingEnd', 'presentationOn', 'cumulativeSinceFiscalYear', 'cumulativeCount', 'presentations'] as const;

export const cohortValues = (c?: Cohort): CohortValues => ({
  fiscalYear: text(c?.fiscalYear?.year), programName: c?.programName ?? 'デジタル行政推進リーダー育成研修',
  traineeCount: text(c?.traineeCount), trainingStart: c?.trainingPeriod?.start?.date ?? '', trainingEnd: c?.trainingPeriod?.end?.date ?? '',
  presentationOn: c?.presentationOn?.date ?? '', cumulativeSinceFiscalYear: text(c?.cumulative?.since?.year),
  cumulativeCount: text(c?.cumulative?.count), presentations: (c?.presentations ?? []).map((p) => p.title).join('\n'),
  lockVersion: c?.lockVersion,
});

export function validateCohort(v: CohortValues): Messages {
  const found: Messages = {};
  if (!v.fiscalYear) found.fiscalYear = ['secretary.errors.fiscalYearRequired'];
  required(found, v, 'programName', 'secretary.errors.programRequired', 200);
  count(found, v, 'traineeCount', 0);
  count(found, v, 'cumulativeCount', 0);
  inOrder(found, v, 'trainingStart', 'trainingEnd');
  return found;
}

export const cohortInput = (v: CohortValues, lockVersion?: number): CohortInput => ({
  fiscalYear: Number(v.fiscalYear), programName: v.programName.trim(), traineeCount: int(v.traineeCount),
  trainingStart: opt(v.trainingStart), trainingEnd: opt(v.trainingEnd), presentationOn: opt(v.presentationOn),
  cumulativeSinceFiscalYear: int(v.cumulativeSinceFiscalYear), cumulativeCount: int(v.cumulativeCount),
  presentations: lines(v.presentations), lockVersion,
});

// ---------------------------------------------------------------- project team and issue

export interface TeamValues {
  fiscalYear: string;
  name: string;
  purpose: string;
  periodStart: string;
  periodEnd: string;
  participantCount: string;
  participantsDrawnFrom: string;
  note: string;
  lockVersion?: number;
}

export const TEAM_FIELDS = ['fiscalYear', 'name', 'purpose', 'periodStart', 'periodEnd', 'participantCount', 'participantsDrawnFrom', 'note'] as const;

export const teamValues = (t?: Team): TeamValues => ({
  fiscalYear: text(t?.fiscalYear?.year), name: t?.name ?? '', purpose: t?.purpose ?? '', periodStart: t?.period?.start?.date ?? '',
  periodEnd: t?.period?.end?.date ?? '', participantCount: text(t?.participantCount), participantsDrawnFrom: t?.participantsDrawnFrom ?? '',
  note: t?.note ?? '', lockVersion: t?.lockVersion,
});

export function validateTeam(v: TeamValues): Messages {
  const found: Messages = {};
  if (!v.fiscalYear) found.fiscalYear = ['secretary.errors.fiscalYearRequired'];
  required(found, v, 'name', 'secretary.errors.nameRequired', 200);
  maxLength(found, v, 'purpose', 5000);
  maxLength(found, v, 'participantsDrawnFrom', 200);
  maxLength(found, v, 'note', 5000);
  count(found, v, 'participantCount', 0);
  inOrder(found, v, 'periodStart', 'periodEnd');
  return found;
}

export const teamInput = (v: TeamValues, lockVersion?: number): TeamInput => ({
  fiscalYear: Number(v.fiscalYear), name: v.name.trim(), purpose: opt(v.purpose), periodStart: opt(v.periodStart),
  periodEnd: opt(v.periodEnd), participantCount: int(v.participantCount), participantsDrawnFrom: opt(v.participantsDrawnFrom),
  note: opt(v.note), lockVersion,
});

export interface IssueValues {
  number: string;
  title: string;
  extendsIssueId: string;
  extensionNote: string;
  lockVersion?: number;
}

export const ISSUE_FIELDS = ['number', 'title', 'extendsIssueId', 'extensionNote'] as const;

export const issueValues = (i?: Issue): IssueValues => ({
  number: text(i?.number), title: i?.title ?? '', extendsIssueId: text(i?.extendsIssue?.id), extensionNote: i?.extensionNote ?? '',
  lockVersion: i?.lockVersion,
});

export function validateIssue(v: IssueValues): Messages {
  const found: Messages = {};
  count(found, v, 'number', 1);
  required(found, v, 'title', 'secretary.errors.titleRequired', 500);
  maxLength(found, v, 'extensionNote', 200);
  return found;
}

export const issueInput = (v: IssueValues, lockVersion?: number): IssueInput => ({
  number: int(v.number), title: v.title.trim(), extendsIssueId: v.extendsIssueId ? Number(v.extendsIssueId) : undefined,
  extensionNote: opt(v.extensionNote), lockVersion,
});

// ---------------------------------------------------------------- advisor appointment

export interface AppointmentValues {
  fiscalYear: string;
  title: string;
  purpose: string;
  appointedOn: string;
  appointedCount: string;
  termEnd: string;
  renewable: string;
  /** One role a line, in order (①, ②, …). */
  roles: string;
  /** One advisor a line: 所属 / 職名. */
  advisors: string;
  lockVersion?: number;
}

export const APPOINTMENT_FIELDS = ['fiscalYear', 'title', 'purpose', 'appointedOn', 'appointedCount', 'termEnd', 'renewable', 'roles', 'advisors'] as const;

export const appointmentValues = (a?: Appointment): AppointmentValues => ({
  fiscalYear: text(a?.fiscalYear?.year), title: a?.title ?? '', purpose: a?.purpose ?? '', appointedOn: a?.appointedOn?.date ?? '',
  appointedCount: text(a?.appointedCount), termEnd: a?.termEnd?.date ?? '', renewable: a?.renewable ? 'true' : 'false',
  roles: (a?.roles ?? []).map((r) => r.description).join('\n'),
  advisors: (a?.advisors ?? []).map((x) => `${x.department} / ${x.postTitle}`).join('\n'), lockVersion: a?.lockVersion,
});

const advisorLine = (line: string) => {
  const at = line.indexOf('/');
  return at < 0 ? undefined : { department: line.slice(0, at).trim(), postTitle: line.slice(at + 1).trim() };
};

export function validateAppointment(v: AppointmentValues): Messages {
  const found: Messages = {};
  if (!v.fiscalYear) found.fiscalYear = ['secretary.errors.fiscalYearRequired'];
  required(found, v, 'title', 'secretary.errors.titleRequired', 200);
  if (!v.appointedOn) found.appointedOn = ['secretary.errors.appointedOnRequired'];
  if (!v.appointedCount.trim()) found.appointedCount = ['secretary.errors.countRequired'];
  count(found, v, 'appointedCount', 0);
  inOrder(found, v, 'appointedOn', 'termEnd');
  if (lines(v.advisors).some((l) => { const a = advisorLine(l); return !a?.department || !a.postTitle; })) {
    found.advisors = ['secretary.errors.advisorLine'];
  }
  return found;
}

export const appointmentInput = (v: AppointmentValues, lockVersion?: number): AppointmentInput => ({
  fiscalYear: Number(v.fiscalYear), title: v.title.trim(), purpose: opt(v.purpose), appointedOn: v.appointedOn,
  appointedCount: int(v.appointedCount) ?? 0, termEnd: opt(v.termEnd), renewable: v.renewable === 'true',
  roles: lines(v.roles), advisors: lines(v.advisors).map((l) => advisorLine(l)!), lockVersion,
});

// ---------------------------------------------------------------- schedule step

export const SCHEDULE_KINDS = ['council-meeting', 'proposal', 'headquarters-meeting', 'public-comment', 'adoption', 'other'] as const;
export const PLANNED_PRECISIONS = ['day', 'month', 'fiscal-year'] as const;

export interface ScheduleValues {
  fiscalYear: string;
  kind: string;
  organization: string;
  title: string;
  description: string;
  plannedPrecision: string;
  /** YYYY-MM-DD for a day, YYYY-MM for a month; unused for "within the year". */
  plannedOn: string;
  plannedNote: string;
  meetingId: string;
  actualOn: string;
  optional: string;
  consultationId: string;
  planKey: string;
  sortOrder: string;
  lockVersion?: number;
}

export const SCHEDULE_FIELDS = ['fiscalYear', 'kind', 'organization', 'title', 'description', 'plannedPrecision', 'plannedOn', 'plannedNote',
  'meetingId', 'actualOn', 'optional', 'consultationId', 'planKey', 'sortOrder'] as const;

export const scheduleValues = (e?: ScheduleEntry, fiscalYear?: number): ScheduleValues => {
  const precision = e?.planned?.precision ?? 'day';
  const planned = e?.planned?.date ?? '';
  return {
    fiscalYear: text(e?.fiscalYear?.year ?? fiscalYear), kind: e?.kind ?? 'council-meeting', organization: e?.organization?.key ?? '',
    title: e?.title ?? '', description: e?.description ?? '', plannedPrecision: precision,
    plannedOn: precision === 'month' ? planned.slice(0, 7) : precision === 'day' ? planned : '',
    plannedNote: e?.plannedNote ?? '', meetingId: text(e?.meeting?.id),
    // A meeting step's actual date is the meeting's; only a step of its own keeps one.
    actualOn: e?.meeting?.id ? '' : e?.actual?.date ?? '', optional: String(e?.optional ?? false),
    consultationId: e?.consultation?.id ?? '', planKey: e?.planKey ?? '', sortOrder: text(e?.order), lockVersion: e?.lockVersion,
  };
};

/** The planned date as the API takes it: a picked month as a day of it; "within the year" none (the service dates it). */
function plannedDate(v: ScheduleValues): string | undefined {
  if (v.plannedPrecision === 'fiscal-year') return undefined;
  if (v.plannedPrecision === 'month') return v.plannedOn ? `${v.plannedOn.slice(0, 7)}-01` : undefined;
  return opt(v.plannedOn);
}

/** As ProgramEditor checks a step, so most mistakes are shown before sending. */
export function validateSchedule(v: ScheduleValues): Messages {
  const found: Messages = {};
  if (!v.fiscalYear) found.fiscalYear = ['secretary.errors.fiscalYearRequired'];
  required(found, v, 'title', 'secretary.errors.nameRequired', 300);
  maxLength(found, v, 'description', 5000);
  maxLength(found, v, 'plannedNote', 100);
  const planned = plannedDate(v);
  if (planned && v.fiscalYear && fiscalYearOf(planned) !== Number(v.fiscalYear)) found.plannedOn = ['secretary.errors.outsideYear'];
  if (v.meetingId && v.actualOn) found.actualOn = ['secretary.errors.meetingGivesDate'];
  for (const f of ['consultationId', 'planKey'] as const) {
    if (v[f].trim() && !KEY.test(v[f].trim())) found[f] = ['secretary.errors.keyPattern'];
  }
  count(found, v, 'sortOrder', 1);
  return found;
}

export const scheduleInput = (v: ScheduleValues, lockVersion?: number): ScheduleInput => ({
  fiscalYear: Number(v.fiscalYear), kind: v.kind, organization: opt(v.organization), title: v.title.trim(), description: opt(v.description),
  plannedOn: plannedDate(v), plannedPrecision: v.plannedPrecision, plannedNote: opt(v.plannedNote),
  meetingId: v.meetingId ? Number(v.meetingId) : undefined, actualOn: v.meetingId ? undefined : opt(v.actualOn),
  optional: v.optional === 'true', consultationId: opt(v.consultationId), planKey: opt(v.planKey), sortOrder: int(v.sortOrder), lockVersion,
});
