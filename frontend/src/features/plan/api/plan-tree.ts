import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/plan';

export type VersionTree = components['schemas']['VersionTree'];
export type SectionNode = components['schemas']['SectionNode'];

export const CURRENT_PLAN = 'dx-action-plan';
export const NEXT_PLAN = 'dx-action-plan-2';

export const planTreeQuery = (plan: string, version = 'latest') =>
  queryOptions({
    queryKey: ['plans', plan, 'versions', version, 'tree'],
    queryFn: async ({ signal }): Promise<VersionTree> =>
      // plan-service's document lists only this operation's 404, so the 200 body is typed here by
      // its generated schema (VersionTree) until the service documents it.
      unwrap(
        await api.GET('/api/v1/plans/{plan}/versions/{version}/tree', {
          params: { path: { plan, version } },
          signal,
        }),
      ) as VersionTree,
  });

export function usePlanTree(plan: string, version = 'latest') {
  return useQuery(planTreeQuery(plan, version));
}

/** Finds a node by its stable key anywhere in the tree. */
export function findNode(nodes: SectionNode[] | undefined, key: string): SectionNode | undefined {
  for (const node of nodes ?? []) {
    if (node.key === key) return node;
    const inner = findNode(node.children, key);
    if (inner) return inner;
  }
  return undefined;
}
