import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap, unwrapAs } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';
import { withCurrent } from './conflict';

type S = components['schemas'];
export type MeetingSummary = S['MeetingSummary'];
export type MeetingDetail = S['MeetingDetail'];
export type MeetingInput = S['MeetingCommand'];
export type AgendaNode = S['AgendaItem'];
export type AgendaItemInput = S['AgendaItemCommand'];
export type MeetingDocument = S['MeetingDocument'];
export type DocumentInput = S['DocumentCommand'];
export type Organization = S['Organization'];

export const PAGE_SIZE = 20;

const keys = {
  pages: ['staff', 'meetings', 'page'] as const,
  list: (page: number) => ['staff', 'meetings', 'page', page] as const,
  one: (id: number) => ['staff', 'meetings', id] as const,
  ofYear: (fiscalYear: number) => ['staff', 'meetings', 'fiscal-year', fiscalYear] as const,
};

export function useMeetings(page: number) {
  return useQuery({
    queryKey: keys.list(page),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/meetings', { params: { query: { page, size: PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The meetings of one 年度, e.g. to link a schedule step to the meeting that carries it out. */
export const useMeetingsOfYear = (fiscalYear: number | undefined) =>
  useQuery({
    queryKey: keys.ofYear(fiscalYear ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/meetings', { params: { query: { fiscalYear, size: 100 } }, signal })).items ?? [],
    enabled: !!fiscalYear,
    staleTime: 30_000,
  });

export async function fetchMeeting(id: number, signal?: AbortSignal): Promise<MeetingDetail> {
  return unwrap(await staffApi.GET('/api/v1/meetings/{id}', { params: { path: { id } }, signal }));
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: keys.one(id), queryFn: ({ signal }) => fetchMeeting(id, signal), staleTime: 0 });
}

/** The bodies a meeting, a post or a membership belongs to (DX会議, DX推進本部, …). */
export function useOrganizations() {
  return useQuery({
    queryKey: ['staff', 'organizations'],
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/organizations', { signal })),
    staleTime: 60_000,
  });
}

/**
 * Every write answers with the meeting as now stored: the page shows it at once, lists refetch. A
 * failed write leaves the page's meeting as it was, so a form showing a 409 is not rendered anew
 * (and its conflict lost) under the secretary's eyes.
 */
function useMeetingWrite<A>(id: number, write: (args: A) => Promise<MeetingDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => withCurrent(() => write(args), () => fetchMeeting(id)),
    onSuccess: (meeting) => {
      client.setQueryData(keys.one(id), meeting);
      void client.invalidateQueries({ queryKey: keys.pages });
    },
  });
}

export function useCreateMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: MeetingInput) => unwrapAs<MeetingDetail>(await staffApi.POST('/api/v1/meetings', { body })),
    onSuccess: (meeting) => {
      client.setQueryData(keys.one(meeting.id ?? 0), meeting);
      void client.invalidateQueries({ queryKey: keys.pages });
    },
  });
}

export const useUpdateMeeting = (id: number) =>
  useMeetingWrite(id, async (body: MeetingInput) => unwrap(await staffApi.PUT('/api/v1/meetings/{id}', { params: { path: { id } }, body })));

/** PUT /summary with the lockVersion the secretary started from: a stale one is a 409. */
export const useRecordSummary = (id: number) =>
  useMeetingWrite(id, async (body: { summary: string; lockVersion: number }) =>
    unwrap(await staffApi.PUT('/api/v1/meetings/{id}/summary', { params: { path: { id } }, body })));

/** The whole agenda tree at once; items sent with their id stay the same items (and keep their documents). */
export const useSaveAgenda = (id: number) =>
  useMeetingWrite(id, async (body: { lockVersion: number; items: AgendaItemInput[] }) =>
    unwrap(await staffApi.PUT('/api/v1/meetings/{id}/agenda', { params: { path: { id } }, body })));

export const useCancelMeeting = (id: number) =>
  useMeetingWrite(id, async () => unwrap(await staffApi.POST('/api/v1/meetings/{id}/cancel', { params: { path: { id } } })));

/** Documents change the meeting's list, not its lockVersion: the meeting is read again afterwards. */
export function useDocuments(id: number) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.one(id) });
  const add = useMutation({
    mutationFn: async (body: DocumentInput) =>
      unwrap(await staffApi.POST('/api/v1/meetings/{id}/documents', { params: { path: { id } }, body })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (documentId: number) =>
      unwrap(await staffApi.DELETE('/api/v1/meetings/{id}/documents/{documentId}', { params: { path: { id, documentId } } })),
    onSettled: refresh,
  });
  return { add, remove };
}
