import type { Messages } from '@/features/plan-editing/lib/messages';
import type { Kpi, KpiInput, Measure, MeasureInput, ProgressInput } from '../api/measures';

/**
 * An amount as typed: full-width digits (１２０), thousands separators and spaces are accepted.
 * undefined when empty, NaN when it is not a number.
 */
export function parseAmount(text: string): number | undefined {
  const plain = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/^−/, '-');
  if (!plain) return undefined;
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

const amountText = (n: number | undefined | null) => (n === undefined || n === null ? '' : String(n));
const yearText = (y: number | undefined | null) => (y ? String(y) : '');

/** The fiscal years a form offers: the plan's period with room before it (baselines) and after it. */
export function yearChoices(period: { start?: number; end?: number } | undefined, keep: (number | undefined)[] = []): number[] {
  const start = (period?.start ?? 2026) - 10;
  const end = (period?.end ?? 2029) + 5;
  const years = new Set<number>();
  for (let y = start; y <= end; y++) years.add(y);
  keep.forEach((y) => y && years.add(y));
  return [...years].filter((y) => y >= 2000 && y <= 2100).sort((a, b) => a - b);
}

// ---------------------------------------------------------------- measure

export interface MeasureValues {
  title: string;
  department: string;
  nodeKey: string;
  description: string;
  lockVersion?: number;
}

export const MEASURE_FIELDS = ['title', 'department', 'nodeKey', 'description'] as const;

export const measureValues = (m?: Measure): MeasureValues => ({
  title: m?.title ?? '', department: m?.department ?? '', nodeKey: m?.nodeKey ?? '', description: m?.description ?? '',
  lockVersion: m?.lockVersion,
});

export function validateMeasure(v: MeasureValues): Messages {
  const found: Messages = {};
  if (!v.title.trim()) found.title = ['measureAdmin.errors.titleRequired'];
  else if (v.title.trim().length > 300) found.title = ['drafts.errors.tooLong', { max: 300 }];
  if (v.department.trim().length > 200) found.department = ['drafts.errors.tooLong', { max: 200 }];
  return found;
}

export const measureInput = (v: MeasureValues, lockVersion?: number): MeasureInput => ({
  title: v.title.trim(), department: v.department.trim() || undefined, nodeKey: v.nodeKey || undefined,
  description: v.description.trim() || undefined, lockVersion,
});

// ---------------------------------------------------------------- KPI

export interface KpiValues {
  name: string;
  unit: string;
  baselineValue: string;
  baselineFiscalYear: string;
  targetValue: string;
  targetFiscalYear: string;
  lockVersion?: number;
}

export const KPI_FIELDS = ['name', 'unit', 'baselineValue', 'baselineFiscalYear', 'targetValue', 'targetFiscalYear'] as const;

export const kpiValues = (k?: Kpi): KpiValues => ({
  name: k?.name ?? '', unit: k?.unit ?? '',
  baselineValue: amountText(k?.baseline?.value), baselineFiscalYear: yearText(k?.baseline?.fiscalYear?.year),
  targetValue: amountText(k?.target?.value), targetFiscalYear: yearText(k?.target?.fiscalYear?.year),
  lockVersion: k?.lockVersion,
});

/** As plan-service checks a KPI (KpiInput and MeasureService), so most mistakes are shown before sending. */
export function validateKpi(v: KpiValues): Messages {
  const found: Messages = {};
  if (!v.name.trim()) found.name = ['measureAdmin.errors.nameRequired'];
  else if (v.name.trim().length > 300) found.name = ['drafts.errors.tooLong', { max: 300 }];
  if (!v.unit.trim()) found.unit = ['measureAdmin.errors.unitRequired'];
  else if (v.unit.trim().length > 40) found.unit = ['drafts.errors.tooLong', { max: 40 }];
  const baseline = parseAmount(v.baselineValue);
  if (Number.isNaN(baseline)) found.baselineValue = ['measureAdmin.errors.notANumber'];
  else if ((baseline === undefined) !== !v.baselineFiscalYear) {
    found[baseline === undefined ? 'baselineValue' : 'baselineFiscalYear'] = ['measureAdmin.errors.baselineBoth'];
  }
  const target = parseAmount(v.targetValue);
  if (target === undefined) found.targetValue = ['measureAdmin.errors.targetRequired'];
  else if (Number.isNaN(target)) found.targetValue = ['measureAdmin.errors.notANumber'];
  if (!v.targetFiscalYear) found.targetFiscalYear = ['measureAdmin.errors.targetYearRequired'];
  else if (v.baselineFiscalYear && Number(v.targetFiscalYear) < Number(v.baselineFiscalYear)) {
    found.targetFiscalYear = ['measureAdmin.errors.targetBeforeBaseline'];
  }
  return found;
}

export const kpiInput = (v: KpiValues, lockVersion?: number): KpiInput => ({
  name: v.name.trim(), unit: v.unit.trim(),
  baselineValue: parseAmount(v.baselineValue), baselineFiscalYear: v.baselineFiscalYear ? Number(v.baselineFiscalYear) : undefined,
  targetValue: parseAmount(v.targetValue)!, targetFiscalYear: Number(v.targetFiscalYear), lockVersion,
});

// ---------------------------------------------------------------- progress

export interface ProgressValues {
  fiscalYear: string;
  actual: string;
  note: string;
  /** Set when correcting a year already recorded. */
  lockVersion?: number;
}

export const PROGRESS_FIELDS = ['fiscalYear', 'actual', 'note'] as const;

/** The first year from the baseline (or the plan's start) to the target that has no actual yet. */
export function nextYear(kpi: Kpi, planStart?: number): number | undefined {
  const recorded = new Set((kpi.progress ?? []).map((p) => p.fiscalYear?.year));
  const from = Math.max(kpi.baseline?.fiscalYear?.year ?? planStart ?? 2000, planStart ?? 2000);
  const to = kpi.target?.fiscalYear?.year ?? from;
  for (let y = from; y <= to; y++) if (!recorded.has(y)) return y;
  return undefined;
}

export function validateProgress(v: ProgressValues): Messages {
  const found: Messages = {};
  if (!v.fiscalYear) found.fiscalYear = ['measureAdmin.errors.yearRequired'];
  const actual = parseAmount(v.actual);
  if (actual === undefined) found.actual = ['measureAdmin.errors.actualRequired'];
  else if (Number.isNaN(actual)) found.actual = ['measureAdmin.errors.notANumber'];
  if (v.note.length > 2000) found.note = ['drafts.errors.tooLong', { max: 2000 }];
  return found;
}

export const progressInput = (v: ProgressValues, lockVersion?: number): ProgressInput => ({
  actual: parseAmount(v.actual)!, note: v.note.trim() || undefined, lockVersion,
});
