import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';
import { withCurrent } from './conflict';

type S = components['schemas'];
export type Person = S['Person'];
export type PersonInput = S['PersonCommand'];
export type Membership = S['Membership'];
export type MembershipInput = S['MembershipCommand'];
export type Post = S['Post'];
export type PostInput = S['PostCommand'];

const keys = {
  people: ['staff', 'people'] as const,
  person: (key: string) => ['staff', 'people', key] as const,
  posts: ['staff', 'posts'] as const,
};

/** Everyone on record, in 五十音順 by reading as meeting-service orders them (one page of 200 holds them all). */
export function usePeople() {
  return useQuery({
    queryKey: keys.people,
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/people', { params: { query: { size: 200 } }, signal })),
    staleTime: 0,
  });
}

export async function fetchPerson(key: string, signal?: AbortSignal): Promise<Person> {
  return unwrap(await staffApi.GET('/api/v1/people/{id}', { params: { path: { id: key } }, signal }));
}

export const usePerson = (key: string) =>
  useQuery({ queryKey: keys.person(key), queryFn: ({ signal }) => fetchPerson(key, signal), staleTime: 0 });

export function useSavePerson(key?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PersonInput) =>
      key
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/people/{id}', { params: { path: { id: key } }, body })), () => fetchPerson(key))
        : unwrap(await staffApi.POST('/api/v1/people', { body })),
    onSuccess: (person) => client.setQueryData(keys.person(person.key ?? ''), person),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.people }),
  });
}

/** Only someone entered by mistake: meeting-service refuses (409) while the person holds memberships. */
export function useRemovePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (key: string) => unwrap(await staffApi.DELETE('/api/v1/people/{id}', { params: { path: { id: key } } })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.people }),
  });
}

async function fetchMembership(id: number): Promise<Membership> {
  return unwrap(await staffApi.GET('/api/v1/memberships/{id}', { params: { path: { id } } }));
}

/** A person's memberships are shown on their page: every change reads the person again. */
export function useMemberships(personKey: string) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.people });
  const save = useMutation({
    mutationFn: async ({ id, body }: { id?: number; body: MembershipInput }) =>
      id
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/memberships/{id}', { params: { path: { id } }, body })), () => fetchMembership(id))
        : unwrap(await staffApi.POST('/api/v1/memberships', { body: { ...body, person: personKey } })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (id: number) => unwrap(await staffApi.DELETE('/api/v1/memberships/{id}', { params: { path: { id } } })),
    onSettled: refresh,
  });
  return { save, remove };
}

/** The posts of every body (本部長, 座長, 委員, …). */
export function usePosts() {
  return useQuery({
    queryKey: keys.posts,
    queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/posts', { signal })),
    staleTime: 0,
  });
}

async function fetchPost(key: string): Promise<Post> {
  return unwrap(await staffApi.GET('/api/v1/posts/{id}', { params: { path: { id: key } } }));
}

export function useSavePost(key?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: PostInput) =>
      key
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/posts/{id}', { params: { path: { id: key } }, body })), () => fetchPost(key))
        : unwrap(await staffApi.POST('/api/v1/posts', { body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.posts }),
  });
}
