import { useTranslation } from 'react-i18next';
import { RequireRole } from '@/features/auth/components/require-role';
import { AREAS } from '@/features/auth/lib/roles';
import { usePageTitle } from '@/lib/use-page-title';

type Area = (typeof AREAS)[number];

/**
 * The landing page of a work area whose service is still being built (meetings): the
 * member with the role sees that their area exists and what it will hold.
 */
function AreaPage({ area }: { area: Area }) {
  const { t } = useTranslation();
  usePageTitle(t(area.key));
  return (
    <RequireRole role={area.role}>
      <div className="max-w-3xl space-y-4">
        <h1 className="text-std-28B-150 md:text-std-36B-140">{t(area.key)}</h1>
        <p>{t(`admin.areas.${area.path}`)}</p>
      </div>
    </RequireRole>
  );
}

const areaOf = (path: string) => AREAS.find((a) => a.path === path)!;

export function MeetingsArea() {
  return <AreaPage area={areaOf('meetings')} />;
}
