import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';
import { withCurrent } from './conflict';

type S = components['schemas'];
export type ScheduleEntry = S['ScheduleEntry'];
export type ScheduleInput = S['ScheduleCommand'];

const keys = {
  schedule: ['staff', 'schedule'] as const,
};

export const useStaffSchedule = () =>
  useQuery({ queryKey: keys.schedule, queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/schedule', { signal })), staleTime: 0 });

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
