import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/comment';

export type ConsultationSummary = components['schemas']['ConsultationSummary'];
export type ConsultationDetail = components['schemas']['ConsultationDetail'];
export type OutlineNode = components['schemas']['OutlineNode'];
export type SubmissionRequest = components['schemas']['SubmissionRequest'];
export type SubmissionReceipt = components['schemas']['SubmissionReceipt'];
export type SubmissionStatus = components['schemas']['SubmissionStatus'];
export type Labeled = components['schemas']['Labeled'];
export type ConsultationResult = components['schemas']['ConsultationResult'];

export const consultationsQuery = () =>
  queryOptions({
    queryKey: ['consultations'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/consultations', { signal })),
  });

export const consultationQuery = (id: string) =>
  queryOptions({
    queryKey: ['consultations', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/consultations/{id}', { params: { path: { id } }, signal })),
    // Whether it takes opinions follows the server's clock: look again now and then while the page is open.
    refetchInterval: 5 * 60_000,
  });

export const useConsultations = () => useQuery(consultationsQuery());
export const useConsultation = (id: string) => useQuery(consultationQuery(id));

/**
 * Sends one opinion. The Idempotency-Key belongs to the draft: a retry after a lost answer carries the
 * same key and body, and the server answers the first receipt again instead of storing a second one.
 */
export async function sendOpinion(id: string, body: SubmissionRequest, idempotencyKey: string): Promise<SubmissionReceipt> {
  return unwrap(
    await api.POST('/api/v1/consultations/{id}/submissions', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

/** The status of one's own opinion: the check code travels in a header, never in the URL. */
export async function lookUpReceipt(receipt: string, checkCode: string): Promise<SubmissionStatus> {
  return unwrap(
    await api.GET('/api/v1/submissions/{receipt}', {
      params: { path: { receipt: receipt.trim().toUpperCase() }, header: { 'Check-Code': checkCode.trim() } },
    }),
  );
}

/** Every section of the outline depth first, labelled with its trail: "2.2 行動指針 › 1 市民目線". */
export function flattenOutline(nodes: OutlineNode[] | undefined, trail: string[] = []): { key: string; label: string; depth: number }[] {
  return (nodes ?? []).flatMap((n) => {
    const label = [...trail, [n.number, n.title].filter(Boolean).join(' ')];
    return [{ key: n.key ?? '', label: label.join(' › '), depth: trail.length }, ...flattenOutline(n.children, label)];
  });
}

/** The published result: 404 until the city publishes it. */
export const useResult = (id: string) =>
  useQuery({
    queryKey: ['consultations', id, 'results'],
    // comment-service documents this 200 without a schema (it also answers CSV); the body is its
    // generated ConsultationResult schema.
    queryFn: async ({ signal }): Promise<ConsultationResult> =>
      unwrap(await api.GET('/api/v1/consultations/{id}/results', { params: { path: { id } }, signal })) as ConsultationResult,
  });
