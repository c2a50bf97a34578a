import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { staffApi, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';
import { withCurrent } from './conflict';

type S = components['schemas'];
export type Cohort = S['LeaderCohort'];
export type CohortInput = S['CohortCommand'];
export type Team = S['ProjectTeam'];
export type TeamInput = S['TeamCommand'];
export type Issue = S['ProjectIssue'];
export type IssueInput = S['IssueCommand'];
export type Appointment = S['AdvisorAppointment'];
export type AppointmentInput = S['AppointmentCommand'];

const keys = {
  cohorts: ['staff', 'leader-cohorts'] as const,
  teams: ['staff', 'project-teams'] as const,
  appointments: ['staff', 'advisor-appointments'] as const,
};

export const useCohorts = () =>
  useQuery({ queryKey: keys.cohorts, queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/leader-cohorts', { signal })), staleTime: 0 });

export const useTeams = () =>
  useQuery({ queryKey: keys.teams, queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/project-teams', { signal })), staleTime: 0 });

export const useAppointments = () =>
  useQuery({ queryKey: keys.appointments, queryFn: async ({ signal }) => unwrap(await staffApi.GET('/api/v1/advisor-appointments', { signal })), staleTime: 0 });

export function useSaveCohort(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: CohortInput) =>
      id
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/leader-cohorts/{id}', { params: { path: { id } }, body })),
          async () => unwrap(await staffApi.GET('/api/v1/leader-cohorts/{id}', { params: { path: { id } } })))
        : unwrap(await staffApi.POST('/api/v1/leader-cohorts', { body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.cohorts }),
  });
}

async function fetchTeam(id: number): Promise<Team> {
  return unwrap(await staffApi.GET('/api/v1/project-teams/{id}', { params: { path: { id } } }));
}

export function useSaveTeam(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: TeamInput) =>
      id
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/project-teams/{id}', { params: { path: { id } }, body })), () => fetchTeam(id))
        : unwrap(await staffApi.POST('/api/v1/project-teams', { body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.teams }),
  });
}

/** An issue's 409 shows the issue as its team now lists it. */
export function useIssues(team: number) {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: keys.teams });
  const save = useMutation({
    mutationFn: async ({ issue, body }: { issue?: number; body: IssueInput }) =>
      issue
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/project-teams/{id}/issues/{issueId}', { params: { path: { id: team, issueId: issue } }, body })),
          async () => (await fetchTeam(team)).issues?.find((i) => i.id === issue))
        : unwrap(await staffApi.POST('/api/v1/project-teams/{id}/issues', { params: { path: { id: team } }, body })),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: async (issue: number) =>
      unwrap(await staffApi.DELETE('/api/v1/project-teams/{id}/issues/{issueId}', { params: { path: { id: team, issueId: issue } } })),
    onSettled: refresh,
  });
  return { save, remove };
}

export function useSaveAppointment(id?: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: AppointmentInput) =>
      id
        ? withCurrent(async () => unwrap(await staffApi.PUT('/api/v1/advisor-appointments/{id}', { params: { path: { id } }, body })),
          async () => unwrap(await staffApi.GET('/api/v1/advisor-appointments/{id}', { params: { path: { id } } })))
        : unwrap(await staffApi.POST('/api/v1/advisor-appointments', { body })),
    onSettled: () => void client.invalidateQueries({ queryKey: keys.appointments }),
  });
}
