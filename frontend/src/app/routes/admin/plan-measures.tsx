import '@/features/measures/i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useStaffMeasures } from '@/features/measure-editing/api/measures';
import { MeasureAdmin } from '@/features/measure-editing/components/measure-admin';
import { MeasureForm } from '@/features/measure-editing/components/measure-form';
import { yearChoices } from '@/features/measure-editing/lib/values';
import { groupBySection } from '@/features/measures/lib/sections';
import { usePlanDetail, useVersionTree } from '@/features/plan-editing/api/drafts';
import { SelectField } from '@/features/plan-editing/components/form-fields';
import { Notice } from '@/features/plan-editing/components/notice';
import { flatten, nodeLabel } from '@/features/plan-editing/lib/tree';
import { usePageTitle } from '@/lib/use-page-title';

/** A plan's measures for its editors: by section, each with its KPIs and their yearly progress. */
export default function AdminPlanMeasuresPage() {
  return (
    <RequireRole role="plan-editor">
      <PlanMeasures />
    </RequireRole>
  );
}

function PlanMeasures() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  // The version whose tree gives the sections (and the nodes a measure may be listed under): the
  // latest published one unless a draft is named, so measures can be placed under a draft's new node.
  const [params, setParams] = useSearchParams();
  const version = params.get('version') ?? 'latest';
  const detail = usePlanDetail(plan);
  const tree = useVersionTree(plan, version);
  const measures = useStaffMeasures(plan);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string>();
  const title = t('measureAdmin.title');
  usePageTitle(detail.data?.name ? `${title} ${detail.data.name}` : title);

  const period = { start: detail.data?.period?.start?.year, end: detail.data?.period?.end?.year };
  const years = yearChoices(period);
  const nodes = flatten(tree.data?.nodes);
  const groups = measures.data ? groupBySection(measures.data, tree.data?.nodes) : [];

  return (
    <div className="max-w-4xl space-y-8">
      <p><Link to={`/admin/plans/${encodeURIComponent(plan)}`}>{t('measureAdmin.backToPlan')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{title}</h1>
      <p>{detail.data?.name}</p>
      <p>{t('measureAdmin.lead')}</p>
      {detail.data && (
        <SelectField id="measures-version" label={t('measureAdmin.version')} hint={t('measureAdmin.versionHint')} value={version}
          onChange={(v) => setParams(v === 'latest' ? {} : { version: v })}>
          <option value="latest">{t('measureAdmin.latest')}</option>
          {(detail.data.versions ?? []).map((v) => (
            <option key={v.code} value={v.code}>{v.label}（{t(`drafts.status.${v.status}`, { defaultValue: v.status })}）</option>
          ))}
        </SelectField>
      )}
      <Notice text={notice} />
      {adding ? (
        <MeasureForm plan={plan} nodes={nodes} onDone={(saved) => { setAdding(false); setNotice(saved && t('measureAdmin.measureAdded', { title: saved })); }} />
      ) : (
        <button type="button" className="btn-primary" onClick={() => setAdding(true)}>{t('measureAdmin.addMeasure')}</button>
      )}
      {(measures.isPending || tree.isPending) && <Loading />}
      {measures.isError && <LoadError onRetry={() => void measures.refetch()} />}
      {tree.isError && <LoadError onRetry={() => void tree.refetch()} />}
      {measures.data && (
        <>
          <p className="text-std-17B-170">{measures.data.length ? t('measures.count', { count: measures.data.length }) : t('measures.none')}</p>
          {groups.map((g) => (
            <section key={g.key} aria-labelledby={`measures-${g.key || 'other'}`} className="space-y-6">
              <h2 id={`measures-${g.key || 'other'}`} className="text-std-24B-150">
                {g.section ? nodeLabel(g.section) : t('measures.otherSection')}
              </h2>
              {g.measures.map((m) => (
                <MeasureAdmin key={m.id} plan={plan} measure={m} nodes={nodes} years={years} planStart={period.start}
                  onDeleted={setNotice} />
              ))}
            </section>
          ))}
        </>
      )}
    </div>
  );
}
