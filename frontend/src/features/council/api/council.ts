import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { components } from '@/lib/api/meeting';

type S = components['schemas'];
export type OrganizationDetail = S['OrganizationDetail'];
export type Membership = S['Membership'];
export type Post = S['Post'];
export type Person = S['Person'];
export type MeetingSummary = S['MeetingSummary'];
export type MeetingDetail = S['MeetingDetail'];
export type AgendaItem = S['AgendaItem'];
export type MeetingDocument = S['MeetingDocument'];
export type ScheduleEntry = S['ScheduleEntry'];
export type AdvisorAppointment = S['AdvisorAppointment'];
export type LeaderCohort = S['LeaderCohort'];
export type ProjectTeam = S['ProjectTeam'];

export const COUNCIL = 'dx-council';
export const HEADQUARTERS = 'dx-headquarters';

/** A body with its members and posts; the key (dx-council) is accepted where the id is. */
export const useOrganization = (key: string) =>
  useQuery({
    queryKey: ['organizations', key],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/organizations/{id}', { params: { path: { id: key } }, signal })),
  });

/** The members of a body in 五十音順 by reading, as meeting-service orders them. */
export const usePeople = (organization: string) =>
  useQuery({
    queryKey: ['people', organization],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/people', { params: { query: { organization, size: 100 } }, signal })),
  });

export const useMeetings = (fiscalYear?: number) =>
  useQuery({
    queryKey: ['meetings', fiscalYear ?? 'all'],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/meetings', { params: { query: { fiscalYear, size: 100 } }, signal })),
  });

export const useMeeting = (id: string) =>
  useQuery({
    queryKey: ['meetings', 'detail', id],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/meetings/{id}', { params: { path: { id: Number(id) } }, signal })),
  });

export const useSchedule = (fiscalYear?: number) =>
  useQuery({
    queryKey: ['schedule', fiscalYear ?? 'all'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/schedule', { params: { query: { fiscalYear } }, signal })),
  });

export const useAdvisorAppointments = () =>
  useQuery({
    queryKey: ['advisor-appointments'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/advisor-appointments', { signal })),
  });

export const useLeaderCohorts = () =>
  useQuery({
    queryKey: ['leader-cohorts'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/leader-cohorts', { signal })),
  });

export const useProjectTeams = () =>
  useQuery({
    queryKey: ['project-teams'],
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/project-teams', { signal })),
  });
