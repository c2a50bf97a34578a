import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap, unwrapAs } from '@/lib/api-client';
import type { components } from '@/lib/api/comment';
import type { CreateConsultationRequest } from '../lib/consultation-form';
import type { QueueQuery } from '../lib/queue';

export type QueueEntry = components['schemas']['QueueEntry'];
export type ModerationProgress = components['schemas']['ModerationProgress'];
export type OpinionItem = components['schemas']['OpinionItem'];
export type OpinionItemRequest = components['schemas']['OpinionItemRequest'];
export type Proposal = components['schemas']['Proposal'];
export type ConsultationDetail = components['schemas']['ConsultationDetail'];

const keys = {
  /** Everything the moderation pages read of one consultation: one item saved changes counts everywhere. */
  moderation: (id: string) => ['staff', 'moderation', id] as const,
  queue: (id: string, query: QueueQuery) => ['staff', 'moderation', id, 'queue', query] as const,
  progress: (id: string) => ['staff', 'moderation', id, 'progress'] as const,
  submission: (id: string, receipt: string) => ['staff', 'moderation', id, 'submission', receipt] as const,
  items: (id: string) => ['staff', 'moderation', id, 'items'] as const,
  proposal: (id: string, receipt: string) => ['staff', 'moderation', id, 'proposal', receipt] as const,
  consultations: ['staff', 'consultations'] as const,
  consultation: (id: string) => ['staff', 'consultations', id] as const,
};

/**
 * The consultation as it is now. Its public GET may be cached by the browser for a minute, which
 * would show a state the moderator has just left: ask the server again every time (no-cache).
 */
export function useCurrentConsultation(id: string) {
  return useQuery({
    queryKey: keys.consultation(id),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}', { params: { path: { id } }, signal, cache: 'no-cache' })),
    staleTime: 0,
  });
}

/**
 * One page of the queue: comment-service filters, searches, sorts and pages, so thousands of
 * submissions cost one page's worth. The page shown stays while the next one loads (no flash of "loading").
 */
export function useQueue(id: string, query: QueueQuery) {
  return useQuery({
    queryKey: keys.queue(id, query),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}/submissions', { params: { path: { id }, query }, signal })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** How many submissions there are, how many are not split yet and how many items wait for an answer. */
export function useProgress(id: string) {
  return useQuery({
    queryKey: keys.progress(id),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}/submissions/progress', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** One submission, as moderators see it. */
export function useSubmission(id: string, receipt: string) {
  return useQuery({
    queryKey: keys.submission(id, receipt),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}/submissions/{receipt}', { params: { path: { id, receipt } }, signal })),
  });
}

/** Groups of submissions that say the same (identical or near-identical), asked for when the moderator opens them. */
export function useDuplicates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['staff', 'moderation', id, 'duplicates'] as const,
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}/submissions/duplicates', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** Every opinion item, hidden ones included. */
export function useItems(id: string) {
  return useQuery({
    queryKey: keys.items(id),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/consultations/{id}/items', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** The proposed redaction of a submission's text, fetched only when the moderator asks for it. */
export function useProposal(id: string, receipt: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.proposal(id, receipt),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/consultations/{id}/items/proposals/{receipt}', { params: { path: { id, receipt } }, signal })),
    enabled,
  });
}

/** Creates an item (no itemId) or saves one with the version it was read at. */
export function useSaveItem(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ itemId, body }: { itemId?: number; body: OpinionItemRequest }) =>
      itemId === undefined
        ? unwrapAs<OpinionItem>(await staffApi.POST('/api/v1/consultations/{id}/items', { params: { path: { id } }, body }))
        : unwrapAs<OpinionItem>(await staffApi.PUT('/api/v1/consultations/{id}/items/{item}', { params: { path: { id, item: itemId } }, body })),
    onSettled: () => client.invalidateQueries({ queryKey: keys.moderation(id) }),
  });
}

/** The states a moderator moves a consultation to; opening and closing follow the clock. */
export type TransitionTarget = 'draft' | 'scheduled' | 'answering' | 'published';

/** Moves the consultation to another state (draft ⇄ scheduled, closed → answering → published). */
export function useTransition(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ to, reason }: { to: TransitionTarget; reason?: string }) =>
      unwrap(await staffApi.POST('/api/v1/consultations/{id}/transitions', { params: { path: { id } }, body: { to, reason } })),
    // The answer is the consultation in its new state. Refetching instead could get the browser's
    // cached copy of the public GET (comment-service lets it be cached for a while) and show the old state.
    onSuccess: (detail) => {
      client.setQueryData(keys.consultation(id), detail);
      void client.invalidateQueries({ queryKey: keys.consultations, exact: true });
    },
  });
}

/** Creates a consultation (state draft); comment-service takes the version's outline from plan-service now. */
export function useCreateConsultation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateConsultationRequest) =>
      unwrapAs<ConsultationDetail>(await staffApi.POST('/api/v1/consultations', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.consultations, exact: true }),
  });
}
