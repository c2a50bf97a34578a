import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/plan';

export type PlanSummary = components['schemas']['PlanSummary'];
export type PlanDetail = components['schemas']['PlanDetail'];

export const plansQuery = () =>
  queryOptions({
    queryKey: ['plans'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/plans', { signal })),
  });

export function usePlans() {
  return useQuery(plansQuery());
}

export function usePlan(code: string) {
  return useQuery({
    queryKey: ['plans', code],
    // plan-service documents only this operation's 404; the body is its generated PlanDetail schema.
    queryFn: async ({ signal }): Promise<PlanDetail> =>
      unwrap(await api.GET('/api/v1/plans/{plan}', { params: { path: { plan: code } }, signal })) as PlanDetail,
    // A form asks for it only once a plan is chosen.
    enabled: code !== '',
  });
}
