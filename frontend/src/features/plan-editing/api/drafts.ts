import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/plan';

export type VersionSummary = components['schemas']['VersionSummary'];
export type SectionNode = components['schemas']['SectionNode'];
export type NodeInput = components['schemas']['NodeInput'];
export type Comparison = components['schemas']['Comparison'];
export type Revision = components['schemas']['Revision'];
export type MoveInput = components['schemas']['MoveInput'];

const keys = {
  plan: (plan: string) => ['staff', 'plans', plan] as const,
  tree: (plan: string, version: string) => ['staff', 'plans', plan, 'versions', version] as const,
  compare: (plan: string, from: string, to: string) => ['staff', 'plans', plan, 'compare', from, to] as const,
  revisions: (plan: string) => ['staff', 'plans', plan, 'revisions'] as const,
};

export function usePlanDetail(plan: string) {
  return useQuery({
    queryKey: keys.plan(plan),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/plans/{plan}', { params: { path: { plan } }, signal })),
    staleTime: 0,
  });
}

export function useVersionTree(plan: string, version: string) {
  return useQuery({
    queryKey: keys.tree(plan, version),
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/plans/{plan}/versions/{version}/tree', { params: { path: { plan, version } }, signal })),
    staleTime: 0,
  });
}

export function useComparison(plan: string, from: string | undefined, to: string) {
  return useQuery({
    queryKey: keys.compare(plan, from ?? '', to),
    enabled: !!from,
    queryFn: async ({ signal }) =>
      unwrap(await staffApi.GET('/api/v1/plans/{plan}/versions/{from}/compare/{to}', { params: { path: { plan, from: from!, to } }, signal })),
    staleTime: 0,
  });
}

export function useRevisions(plan: string) {
  return useQuery({
    queryKey: keys.revisions(plan),
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/plans/{plan}/revisions', { params: { path: { plan } }, signal })),
    staleTime: 0,
  });
}

export function useCreateDraft(plan: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { from: string; code: string; label: string }) =>
      unwrap(await staffApi.POST('/api/v1/plans/{plan}/versions', { params: { path: { plan } }, body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.plan(plan) }),
  });
}

/** PUT a node with the lockVersion it was read at; a 409's problem carries the node as it is now (`current`). */
export function useEditNode(plan: string, version: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, body }: { key: string; body: NodeInput }) =>
      unwrap(await staffApi.PUT('/api/v1/plans/{plan}/versions/{version}/nodes/{key}', { params: { path: { plan, version, key } }, body })),
    // The tree, the changes against the base version and the history all move with an edit.
    onSuccess: () => void client.invalidateQueries({ queryKey: ['staff', 'plans', plan] }),
  });
}

/** Adds a node to a draft (under parentKey, or at the top level). */
export function useAddNode(plan: string, version: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NodeInput) =>
      unwrap(await staffApi.POST('/api/v1/plans/{plan}/versions/{version}/nodes', { params: { path: { plan, version } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff', 'plans', plan] }),
  });
}

/** Moves a node (its subtree goes with it); a 409 carries the node as it is now. */
export function useMoveNode(plan: string, version: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, body }: { key: string; body: MoveInput }) =>
      unwrap(await staffApi.POST('/api/v1/plans/{plan}/versions/{version}/nodes/{key}/move', { params: { path: { plan, version, key } }, body })),
    // Siblings are renumbered too, so the whole tree is read again, whatever the answer.
    onSettled: () => client.invalidateQueries({ queryKey: ['staff', 'plans', plan] }),
  });
}

/** Deletes a node with everything below it. */
export function useDeleteNode(plan: string, version: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ key, lockVersion }: { key: string; lockVersion: number }) =>
      unwrap(await staffApi.DELETE('/api/v1/plans/{plan}/versions/{version}/nodes/{key}', { params: { path: { plan, version, key }, query: { lockVersion } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['staff', 'plans', plan] }),
  });
}

export function usePublish(plan: string, version: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await staffApi.POST('/api/v1/plans/{plan}/versions/{version}/publish', { params: { path: { plan, version } } })),
    onSettled: () => void client.invalidateQueries({ queryKey: ['staff', 'plans', plan] }),
  });
}
