import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { usePlans } from '@/features/plan/api/plans';
import { usePageTitle } from '@/lib/use-page-title';

/** The plan editor's area: the plans as plan-service holds them, each with its public page. */
export default function AdminPlansPage() {
  return (
    <RequireRole role="plan-editor">
      <Plans />
    </RequireRole>
  );
}

function Plans() {
  const { t } = useTranslation();
  usePageTitle(t('admin.nav.plans'));
  const plans = usePlans();
  return (
    <div className="space-y-6">
      <h1 className="text-std-28B-150 md:text-std-36B-140">{t('admin.nav.plans')}</h1>
      <p>{t('admin.plans.lead')}</p>
      {plans.isPending && <Loading />}
      {plans.isError && <LoadError onRetry={() => void plans.refetch()} />}
      {plans.data && (
        <ul className="space-y-3">
          {plans.data.map((p) => (
            <li key={p.code ?? p.name} className="rounded-8 border border-solid-gray-420 p-4">
              <p className="text-std-18B-160"><Link to={`/admin/plans/${encodeURIComponent(p.code ?? '')}`}>{p.name}</Link></p>
              <p className="text-solid-gray-700">{t(`plan.status.${p.status}`, { defaultValue: p.status })}</p>
              <p><Link to={`/plan/${encodeURIComponent(p.code ?? "")}`}>{t('admin.plans.publicPage', { name: p.name })}</Link></p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
