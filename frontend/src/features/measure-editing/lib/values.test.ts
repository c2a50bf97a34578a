import type { Kpi } from '../api/measures';
import { kpiInput, kpiValues, nextYear, parseAmount, validateKpi, validateMeasure, validateProgress, yearChoices } from './values';

const kpi: Kpi = {
  id: 1, name: 'オンライン手続の数', unit: '件', lockVersion: 2,
  baseline: { value: 100, fiscalYear: { year: 2025, label: '令和7年度' } },
  target: { value: 500, fiscalYear: { year: 2029, label: '令和11年度' } },
  progress: [{ fiscalYear: { year: 2026 }, actual: 250 }],
};
const valid = { name: '指標', unit: '件', baselineValue: '100', baselineFiscalYear: '2025', targetValue: '500', targetFiscalYear: '2029' };

describe('measure, KPI and progress forms', () => {
  it('reads amounts as typed, full-width and with separators too', () => {
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount(' 1,200 ')).toBe(1200);
    expect(parseAmount('１２．５')).toBe(12.5);
    expect(parseAmount('−3')).toBe(-3);
    expect(parseAmount('約100')).toBeNaN();
  });

  it('needs a measure name', () => {
    expect(validateMeasure({ title: ' ', department: '', nodeKey: '', description: '' })).toEqual({ title: ['measureAdmin.errors.titleRequired'] });
  });

  it('checks a KPI as plan-service does: both parts of the baseline or neither, a target, its year not before the baseline', () => {
    expect(validateKpi(valid)).toEqual({});
    expect(validateKpi({ ...valid, baselineValue: '', baselineFiscalYear: '' })).toEqual({});
    expect(validateKpi({ ...valid, baselineFiscalYear: '' })).toEqual({ baselineFiscalYear: ['measureAdmin.errors.baselineBoth'] });
    expect(validateKpi({ ...valid, baselineValue: '' })).toEqual({ baselineValue: ['measureAdmin.errors.baselineBoth'] });
    expect(validateKpi({ ...valid, targetFiscalYear: '2024' })).toEqual({ targetFiscalYear: ['measureAdmin.errors.targetBeforeBaseline'] });
    expect(validateKpi({ name: '', unit: '', baselineValue: 'x', baselineFiscalYear: '', targetValue: '', targetFiscalYear: '' })).toEqual({
      name: ['measureAdmin.errors.nameRequired'],
      unit: ['measureAdmin.errors.unitRequired'],
      baselineValue: ['measureAdmin.errors.notANumber'],
      targetValue: ['measureAdmin.errors.targetRequired'],
      targetFiscalYear: ['measureAdmin.errors.targetYearRequired'],
    });
  });

  it('sends a KPI as numbers and reads one back into the form', () => {
    expect(kpiInput({ ...valid, targetValue: '５００' }, 3)).toEqual({
      name: '指標', unit: '件', baselineValue: 100, baselineFiscalYear: 2025, targetValue: 500, targetFiscalYear: 2029, lockVersion: 3,
    });
    expect(kpiValues(kpi)).toEqual({ ...valid, name: 'オンライン手続の数', lockVersion: 2 });
  });

  it('checks a year’s progress and suggests the first year without an actual', () => {
    expect(validateProgress({ fiscalYear: '', actual: '', note: '' })).toEqual({
      fiscalYear: ['measureAdmin.errors.yearRequired'], actual: ['measureAdmin.errors.actualRequired'],
    });
    expect(validateProgress({ fiscalYear: '2026', actual: '250', note: '' })).toEqual({});
    expect(nextYear(kpi, 2026)).toBe(2027);
    expect(nextYear({ ...kpi, progress: [] }, 2026)).toBe(2026);
  });

  it('offers years around the plan period, within what the service accepts', () => {
    const years = yearChoices({ start: 2026, end: 2029 });
    expect(years[0]).toBe(2016);
    expect(years.at(-1)).toBe(2034);
    expect(yearChoices({ start: 2026, end: 2029 }, [2040])).toContain(2040);
    expect(yearChoices({ start: 2005, end: 2006 })[0]).toBe(2000);
  });
});
