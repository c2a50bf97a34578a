import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';
import { withCurrent } from './conflict';

type S = components['schemas'];
export type ScheduleEntry = S['ScheduleEntry'];
export type ScheduleInput = S['ScheduleCommand'];

const keys = {
  schedule: ['staff', 'schedule'] as const,
  meetingsOf: (fiscalYear: number) => ['staff', 'meetings', 'fiscal-year', fiscalYear] as const,
};

export const useStaffSchedule = () =>
  useQuery({ queryKey: keys.schedule, queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/schedule', { signal })), staleTime: 0 });

/** The meetings of one 年度, for linking a step to the meeting that carries it out. */
export const useMeetingsOfYear = (fiscalYear: number | undefined) =>
  useQuery({
    queryKey: keys.meetingsOf(fiscalYear ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/meetings', { params: { query: { fiscalYear, size: 100 } }, signal })).items ?? [],
    enabled: !!fiscalYear,
    staleTime: 30_000,
  });

export function useSaveScheduleEntry(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ScheduleInput) =>
      id
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/schedule/{id}', { params: { path: { id } }, body })),
          async () => unwrap(await staffApi.GET('/api/v1/schedule/{id}', { params: { path: { id } } })))
        : unwrap(await staffApi.POST('/api/v1/schedule', { body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.schedule }),
  });
}

export function useRemoveScheduleEntry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: number) => unwrap(await staffApi.DELETE('/api/v1/schedule/{id}', { params: { path: { id } } })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.schedule }),
  });
}
