import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/plan';

export type Measure = components['schemas']['Measure'];
export type Kpi = components['schemas']['Kpi'];
export type KpiProgress = components['schemas']['KpiProgress'];
export type MeasureStatus = NonNullable<Measure['status']>;

export const measuresQuery = (plan: string) =>
  queryOptions({
    queryKey: ['measures', plan],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/measures', { params: { query: { plan } }, signal })),
  });

export function useMeasures(plan: string) {
  return useQuery(measuresQuery(plan));
}
