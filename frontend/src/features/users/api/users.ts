import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapAs } from '@/lib/api-client';
import type { components } from '@/lib/api/gateway';
import type { StaffMember } from '@/lib/session';

export type NewStaff = components['schemas']['NewStaff'];
export type StaffChanges = components['schemas']['StaffChanges'];
export type AuditEntry = components['schemas']['AuditEntry'];

const keys = {
  all: ['staff'] as const,
  one: (username: string) => ['staff', username] as const,
  audit: (username: string) => ['staff', username, 'audit'] as const,
};

export async function fetchMember(username: string, signal?: AbortSignal): Promise<StaffMember> {
  return unwrapAs<StaffMember>(await api.GET('/auth/users/{username}', { params: { path: { username } }, signal }));
}

export function useStaffList() {
  return useQuery({
    queryKey: keys.all,
    queryFn: async ({ signal }) => unwrapAs<StaffMember[]>(await api.GET('/auth/users', { signal })),
    staleTime: 0,
  });
}

export function useMember(username: string) {
  return useQuery({ queryKey: keys.one(username), queryFn: ({ signal }) => fetchMember(username, signal), staleTime: 0 });
}

export function useAudit(username: string) {
  return useQuery({
    queryKey: keys.audit(username),
    queryFn: async ({ signal }) => unwrapAs<AuditEntry[]>(await api.GET('/auth/users/{username}/audit', { params: { path: { username } }, signal })),
    staleTime: 0,
  });
}

export function useCreateMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewStaff) => unwrapAs<StaffMember>(await api.POST('/auth/users', { body })),
    onSuccess: (member) => {
      client.setQueryData(keys.one(member.username), member);
      void client.invalidateQueries({ queryKey: keys.all });
    },
  });
}

export function useChangeMember(username: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: StaffChanges) =>
      unwrapAs<StaffMember>(await api.PATCH('/auth/users/{username}', { params: { path: { username } }, body })),
    onSuccess: (member) => client.setQueryData(keys.one(username), member),
    // Success or conflict, the list and the audit trail are to be read again from the server.
    onSettled: () => void client.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useResetPassword(username: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (password: string) => {
      unwrap(await api.PUT('/auth/users/{username}/password', { params: { path: { username } }, body: { password } }));
    },
    onSettled: () => void client.invalidateQueries({ queryKey: keys.one(username) }),
  });
}
