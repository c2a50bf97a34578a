import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { RequireRole } from '@/features/auth/components/require-role';
import { MeetingForm } from '@/features/meeting-records/components/meeting-form';
import { usePageTitle } from '@/lib/use-page-title';

/** A new meeting: once created, the secretary goes on to its page to set the agenda and documents. */
export default function AdminMeetingNewPage() {
  return (
    <RequireRole role="meeting-secretary">
      <NewMeeting />
    </RequireRole>
  );
}

function NewMeeting() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  usePageTitle(t('secretary.meeting.newTitle'));
  return (
    <div className="max-w-3xl space-y-6">
      <p><Link to="/admin/meetings">{t('meetings.backToList')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('secretary.meeting.newTitle')}</h1>
      <p>{t('secretary.meeting.newLead')}</p>
      <MeetingForm onDone={(saved) => navigate(saved ? `/admin/meetings/${saved.id}` : '/admin/meetings')} />
    </div>
  );
}
