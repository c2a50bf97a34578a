import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/lib/use-page-title';
import type { Role } from '../lib/roles';
import { useAuth } from './auth-provider';

/** Shows a screen only to a member with its role; anyone else is told so, not shown an empty page. */
export function RequireRole({ role, children }: { role: Role; children: ReactNode }) {
  const { can } = useAuth();
  return can(role) ? children : <Forbidden />;
}

function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('admin.forbidden.title'));
  return (
    <div className="space-y-4">
      <h1 className="text-std-28B-150">{t('admin.forbidden.title')}</h1>
      <p>{t('admin.forbidden.lead')}</p>
      <p><Link to="/admin">{t('admin.backToConsole')}</Link></p>
    </div>
  );
}
