import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';

export type MeetingSummary = components['schemas']['MeetingSummary'];
export type MeetingDetail = components['schemas']['MeetingDetail'];

export const PAGE_SIZE = 20;

const keys = {
  list: (page: number) => ['staff', 'meetings', 'page', page] as const,
  one: (id: number) => ['staff', 'meetings', id] as const,
};

export function useMeetings(page: number) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/meetings', { params: { query: { page, size: PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export async function fetchMeeting(id: number, signal?: AbortSignal): Promise<MeetingDetail> {
  return unwrap(await staffApi.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal }));
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: keys.one(id), queryFn: ({ signal }) => fetchMeeting(id, signal), staleTime: 0 });
}

/** PUT /summary with the lockVersion the secretary started from: a stale one is a 409. */
export function useRecordSummary(id: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { summary: string; lockVersion: number }) =>
      unwrap(await staffApi.PUT('/api/v1/meetings/{id}/summary', { params: { path: { id } }, body })),
    onSuccess: (meeting) => client.setQueryData(keys.one(id), meeting),
    onSettled: () => void client.invalidateQueries({ queryKey: ['staff', 'meetings'] }),
  });
}
