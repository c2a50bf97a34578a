import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/**
 * Each service searches its own public data; the site asks all three at once and shows what each
 * answered. They are separate queries on purpose: one that fails or is slow never holds back the others.
 */
export function usePlanSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'plans', q],
    enabled: !!q,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/search/plans', { params: { query: { q, limit: 50 } }, signal })),
  });
}

export function useOpinionSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'opinions', q],
    enabled: !!q,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/search/opinions', { params: { query: { q, limit: 50 } }, signal })),
  });
}

export function useMeetingSearch(q: string) {
  return useQuery({
    queryKey: ['search', 'meetings', q],
    enabled: !!q,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/search/meetings', { params: { query: { q, size: 50 } }, signal })),
  });
}
