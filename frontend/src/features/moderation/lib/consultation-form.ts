import type { Messages } from '@/features/plan-editing/lib/messages';
import type { components } from '@/lib/api/comment';

export type CreateConsultationRequest = components['schemas']['CreateConsultationRequest'];

/** 行政手続法 Article 39(3): a public comment runs at least 30 days unless a reason is recorded. */
export const MINIMUM_DAYS = 30;

// The codes comment-service accepts (its SubmitterAttribute and Channel enums, and the submitter fields it can require).
export const ATTRIBUTES = ['resident', 'worker', 'student', 'business', 'other'] as const;
export const CHANNELS = ['web', 'post', 'fax', 'email', 'counter'] as const;
export const REQUIRABLE = ['attribute', 'name', 'address', 'email', 'phone'] as const;

export interface DocumentValues {
  title: string;
  url: string;
}

/**
 * A new consultation as the moderator types it. The period is given as the days a citizen reads on the
 * notice: the first day (from its opening time) and the last day (until its closing time, the end of the
 * day if none) — all in Japan time.
 */
export interface ConsultationValues {
  id: string;
  title: string;
  summary: string;
  plan: string;
  version: string;
  opensAt: string;
  opensTime: string;
  closesAt: string;
  closesTime: string;
  shortPeriodReason: string;
  periodNote: string;
  eligibility: string;
  allowedAttributes: string[];
  requiredFields: string[];
  channels: string[];
  documents: DocumentValues[];
}

export const CONSULTATION_FIELDS = ['id', 'title', 'summary', 'plan', 'version', 'opensAt', 'closesAt', 'shortPeriodReason',
  'periodNote', 'eligibility', 'allowedAttributes', 'requiredFields', 'channels', 'documents'] as const;

export const emptyConsultation = (): ConsultationValues => ({
  id: '', title: '', summary: '', plan: '', version: '', opensAt: '', opensTime: '00:00', closesAt: '', closesTime: '',
  shortPeriodReason: '', periodNote: '', eligibility: '',
  allowedAttributes: [...ATTRIBUTES], requiredFields: [], channels: [...CHANNELS], documents: [],
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^\d{2}:\d{2}$/;
const DAY_MS = 86_400_000;

/** The first and last day as calendar days (UTC midnight stands for the Japanese date). */
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The day after `date` (YYYY-MM-DD). */
const nextDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The period as comment-service takes it: opensAt and an exclusive closesAt with +09:00, and its length in
 * days counted as the city does (first and last day included). undefined while the days are incomplete.
 */
export function periodOf(v: Pick<ConsultationValues, 'opensAt' | 'opensTime' | 'closesAt' | 'closesTime'>) {
  if (!DATE.test(v.opensAt) || !DATE.test(v.closesAt)) return undefined;
  const opensTime = TIME.test(v.opensTime) ? v.opensTime : '00:00';
  const opensAt = `${v.opensAt}T${opensTime}:00+09:00`;
  const closesAt = TIME.test(v.closesTime) ? `${v.closesAt}T${v.closesTime}:00+09:00` : `${nextDay(v.closesAt)}T00:00:00+09:00`;
  return { opensAt, closesAt, days: dayNumber(v.closesAt) - dayNumber(v.opensAt) + 1 };
}

const tooLong = (text: string, max: number) => text.trim().length > max;

export function validateConsultation(v: ConsultationValues): Messages {
  const found: Messages = {};
  if (!v.id.trim()) found.id = ['consultationSetup.errors.idRequired'];
  else if (!/^[a-z0-9][a-z0-9-]{2,79}$/.test(v.id.trim())) found.id = ['consultationSetup.errors.idPattern'];
  if (!v.title.trim()) found.title = ['consultationSetup.errors.titleRequired'];
  else if (tooLong(v.title, 300)) found.title = ['drafts.errors.tooLong', { max: 300 }];
  if (!v.summary.trim()) found.summary = ['consultationSetup.errors.summaryRequired'];
  else if (tooLong(v.summary, 20000)) found.summary = ['drafts.errors.tooLong', { max: 20000 }];
  if (!v.plan) found.plan = ['consultationSetup.errors.planRequired'];
  else if (!v.version) found.version = ['consultationSetup.errors.versionRequired'];
  if (!DATE.test(v.opensAt)) found.opensAt = ['consultationSetup.errors.opensAtRequired'];
  if (!DATE.test(v.closesAt)) found.closesAt = ['consultationSetup.errors.closesAtRequired'];
  const period = periodOf(v);
  if (period) {
    if (period.closesAt <= period.opensAt) found.closesAt = ['consultationSetup.errors.closesBeforeOpens'];
    else if (period.days < MINIMUM_DAYS && !v.shortPeriodReason.trim()) {
      found.shortPeriodReason = ['consultationSetup.errors.shortPeriodReason', { days: period.days, min: MINIMUM_DAYS }];
    }
  }
  if (tooLong(v.shortPeriodReason, 2000)) found.shortPeriodReason = ['drafts.errors.tooLong', { max: 2000 }];
  if (tooLong(v.periodNote, 500)) found.periodNote = ['drafts.errors.tooLong', { max: 500 }];
  if (tooLong(v.eligibility, 2000)) found.eligibility = ['drafts.errors.tooLong', { max: 2000 }];
  // None chosen would mean "all" to comment-service: say so rather than open the consultation to everyone by accident.
  if (v.allowedAttributes.length === 0) found.allowedAttributes = ['consultationSetup.errors.attributesRequired'];
  if (v.channels.length === 0) found.channels = ['consultationSetup.errors.channelsRequired'];
  if (v.documents.some((d) => !d.title.trim() || !d.url.trim())) found.documents = ['consultationSetup.errors.documentIncomplete'];
  else if (v.documents.some((d) => !/^https?:\/\/\S+$/.test(d.url.trim()))) found.documents = ['consultationSetup.errors.documentUrl'];
  return found;
}

const orUndefined = (text: string) => text.trim() || undefined;

export function consultationRequest(v: ConsultationValues): CreateConsultationRequest {
  const period = periodOf(v);
  return {
    id: v.id.trim(), title: v.title.trim(), summary: v.summary.trim(), plan: v.plan, version: v.version,
    opensAt: period?.opensAt ?? '', closesAt: period?.closesAt ?? '',
    shortPeriodReason: orUndefined(v.shortPeriodReason), periodNote: orUndefined(v.periodNote), eligibility: orUndefined(v.eligibility),
    allowedAttributes: v.allowedAttributes, requiredFields: v.requiredFields, channels: v.channels,
    documents: v.documents.map((d) => ({ title: d.title.trim(), url: d.url.trim() })),
  };
}

/** Adds or removes `code` from a chosen list, keeping the order of `all`. */
export const toggled = (chosen: string[], code: string, all: readonly string[]) =>
  chosen.includes(code) ? chosen.filter((c) => c !== code) : all.filter((c) => c === code || chosen.includes(c));
