import { useMutation, useQuery } from '@tanstack/react-query';
import { staffApi, unwrap, unwrapAs } from '@/lib/api-client';
import type { components } from '@/lib/api/comment';

export type ConsultationSummary = components['schemas']['ConsultationSummary'];
export type ConsultationDetail = components['schemas']['ConsultationDetail'];
export type OutlineNode = components['schemas']['OutlineNode'];
export type StaffSubmissionRequest = components['schemas']['StaffSubmissionRequest'];
export type SubmissionReceipt = components['schemas']['SubmissionReceipt'];

const keys = {
  all: ['staff', 'consultations'] as const,
  one: (id: string) => ['staff', 'consultations', id] as const,
};

export function useConsultations() {
  return useQuery({
    queryKey: keys.all,
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/consultations', { signal })),
    staleTime: 0,
  });
}

export function useConsultation(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/consultations/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/**
 * POST …/submissions/staff-entries. The Idempotency-Key belongs to the draft, so sending it again
 * after a network error or an expired session cannot store the same letter twice.
 */
export function useEnterSubmission(id: string) {
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: StaffSubmissionRequest; idempotencyKey: string }) =>
      // comment-service documents this 201's body only by its schema name, not on the operation.
      unwrapAs<SubmissionReceipt>(await staffApi.POST('/api/v1/consultations/{id}/submissions/staff-entries', {
        params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        body,
      })),
  });
}
