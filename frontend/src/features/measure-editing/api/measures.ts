import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Kpi, KpiProgress, Measure } from '@/features/measures/api/measures';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/plan';

export type { Kpi, KpiProgress, Measure };
export type MeasureInput = components['schemas']['MeasureInput'];
export type KpiInput = components['schemas']['KpiInput'];
export type ProgressInput = components['schemas']['ProgressInput'];

const listKey = (plan: string) => ['staff', 'measures', plan] as const;

/** A plan's measures with their KPIs and progress, as the staff console reads them (never cached stale). */
export function useStaffMeasures(plan: string) {
  return useQuery({
    queryKey: listKey(plan),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/measures', { params: { query: { plan } }, signal })),
    staleTime: 0,
  });
}

/**
 * Every change to a measure, a KPI or a year's progress is read back: the list (with the statuses the
 * service computes), the public measures page's cache and the plan's revision history.
 */
function useRefresh(plan: string) {
  const client = useQueryClient();
  return () => Promise.all([
    client.invalidateQueries({ queryKey: listKey(plan) }),
    client.invalidateQueries({ queryKey: ['measures', plan] }),
    client.invalidateQueries({ queryKey: ['staff', 'plans', plan, 'revisions'] }),
  ]);
}

export function useSaveMeasure(plan: string) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: MeasureInput }) =>
      id === undefined
        ? unwrap(await staffApi.POST('/api/v1/measures', { body: { ...body, plan } }))
        : unwrap(await staffApi.PUT('/api/v1/measures/{id}', { params: { path: { id } }, body })),
    onSettled: refresh,
  });
}

export function useDeleteMeasure(plan: string) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async (id: number) => unwrap(await staffApi.DELETE('/api/v1/measures/{id}', { params: { path: { id } } })),
    onSettled: refresh,
  });
}

export function useSaveKpi(plan: string, measure: number) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async ({ kpi, body }: { kpi?: number; body: KpiInput }) =>
      kpi === undefined
        ? unwrap(await staffApi.POST('/api/v1/measures/{id}/kpis', { params: { path: { id: measure } }, body }))
        : unwrap(await staffApi.PUT('/api/v1/measures/{id}/kpis/{kpi}', { params: { path: { id: measure, kpi } }, body })),
    onSettled: refresh,
  });
}

export function useDeleteKpi(plan: string, measure: number) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async (kpi: number) =>
      unwrap(await staffApi.DELETE('/api/v1/measures/{id}/kpis/{kpi}', { params: { path: { id: measure, kpi } } })),
    onSettled: refresh,
  });
}

/** Records a year's actual (201) or corrects it (200, with the lockVersion read); a 409 carries the year as it is. */
export function useRecordProgress(plan: string, measure: number, kpi: number) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async ({ fiscalYear, body }: { fiscalYear: number; body: ProgressInput }) =>
      unwrap(await staffApi.PUT('/api/v1/measures/{id}/kpis/{kpi}/progress/{fiscalYear}', { params: { path: { id: measure, kpi, fiscalYear } }, body })),
    onSettled: refresh,
  });
}

export function useDeleteProgress(plan: string, measure: number, kpi: number) {
  const refresh = useRefresh(plan);
  return useMutation({
    mutationFn: async (fiscalYear: number) =>
      unwrap(await staffApi.DELETE('/api/v1/measures/{id}/kpis/{kpi}/progress/{fiscalYear}', { params: { path: { id: measure, kpi, fiscalYear } } })),
    onSettled: refresh,
  });
}
