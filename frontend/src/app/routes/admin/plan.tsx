import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { useCreateDraft, usePlanDetail, useRevisions, type VersionSummary } from '@/features/plan-editing/api/drafts';
import { Notice } from '@/features/plan-editing/components/notice';
import { changedFields } from '@/features/plan-editing/lib/revisions';
import { ApiError, inLanguage } from '@/lib/api-client';
import { problemFieldErrors } from '@/lib/problem-fields';
import { usePageTitle } from '@/lib/use-page-title';
import { warekiDateTime } from '@/lib/wareki';

/** One plan for its editors: its versions (edit a draft, or start one from a version) and its history. */
export default function AdminPlanPage() {
  return (
    <RequireRole role="plan-editor">
      <Plan />
    </RequireRole>
  );
}

function Plan() {
  const { t } = useTranslation();
  const { plan = '' } = useParams();
  const detail = usePlanDetail(plan);
  // Coming back from publishing a draft: say so.
  const published = (useLocation().state as { published?: string } | null)?.published;
  usePageTitle(detail.data?.name ?? t('admin.nav.plans'));
  return (
    <div className="max-w-4xl space-y-8">
      <p><Link to="/admin/plans">{t('drafts.backToPlans')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{detail.data?.name ?? plan}</h1>
      <Notice text={published && t('drafts.publishedNotice', { label: published })} />
      {detail.isPending && <Loading />}
      {detail.isError && <LoadError onRetry={() => void detail.refetch()} />}
      {detail.data && (
        <section aria-labelledby="versions" className="space-y-3">
          <h2 id="versions" className="text-std-24B-150">{t('drafts.versions')}</h2>
          <ul className="space-y-3">
            {(detail.data.versions ?? []).map((v) => <VersionRow key={v.code} plan={plan} version={v} />)}
          </ul>
        </section>
      )}
      {detail.data && (
        <p><Link to={`/admin/plans/${encodeURIComponent(plan)}/measures`}>{t('measureAdmin.manage')}</Link></p>
      )}
      <History plan={plan} versions={detail.data?.versions ?? []} />
    </div>
  );
}

function VersionRow({ plan, version }: { plan: string; version: VersionSummary }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const draft = version.status === 'draft';
  return (
    <li className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
      <p className="text-std-18B-160">{version.label} <code className="text-std-16N-170">{version.code}</code></p>
      <p className="text-solid-gray-700">
        {t(`drafts.status.${version.status}`, { defaultValue: version.status })}
        {version.dated?.label ? ` ・ ${version.dated.label}` : ''}
        {version.basedOn ? ` ・ ${t('drafts.basedOn', { from: version.basedOn })}` : ''}
      </p>
      <div className="flex flex-wrap gap-3">
        <Link to={`/admin/plans/${encodeURIComponent(plan)}/versions/${encodeURIComponent(version.code ?? '')}`}>
          {draft ? t('drafts.edit', { label: version.label }) : t('drafts.view', { label: version.label })}
        </Link>
        {!draft && !open && (
          <button type="button" className="btn-secondary" onClick={() => setOpen(true)}>{t('drafts.newFrom', { label: version.label })}</button>
        )}
      </div>
      {open && <NewDraftForm plan={plan} from={version} onCancel={() => setOpen(false)} />}
    </li>
  );
}

function NewDraftForm({ plan, from, onCancel }: { plan: string; from: VersionSummary; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const navigate = useNavigate();
  const create = useCreateDraft(plan);
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<string[]>([]);
  const id = (f: string) => `${uid}-${f}`;

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!code.trim()) found.code = t('drafts.errors.codeRequired');
    if (!label.trim()) found.label = t('drafts.errors.labelRequired');
    setErrors(found);
    setOther([]);
    if (Object.keys(found).length > 0) return;
    try {
      const made = await create.mutateAsync({ from: from.code ?? '', code: code.trim(), label: label.trim() });
      navigate(`/admin/plans/${encodeURIComponent(plan)}/versions/${encodeURIComponent(made.code ?? code.trim())}`);
    } catch (e) {
      const split = problemFieldErrors(e, ['code', 'label', 'from'], i18n.language);
      setErrors(split.fields);
      setOther(split.other.length || Object.keys(split.fields).length ? split.other
        : [e instanceof ApiError ? inLanguage(e.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')]);
    }
  };

  return (
    <form noValidate aria-labelledby={id('h')} className="space-y-4 rounded-8 bg-solid-gray-50 p-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id={id('h')} className="text-std-18B-160">{t('drafts.newFrom', { label: from.label })}</h3>
      <ErrorSummary id={id('errors')} errors={[
        ...Object.entries(errors).map(([f, m]) => ({ href: `#${id(f)}`, text: `${t(`drafts.fields.${f}`)}: ${m}` })),
        ...other.map((text) => ({ text })),
      ]} />
      <Field id={id('code')} label={t('drafts.fields.code')} required error={errors.code} hint={t('drafts.codeHint')}>
        <input id={id('code')} className={inputClass(errors.code)} value={code} autoCapitalize="none" spellCheck={false}
          aria-invalid={!!errors.code} aria-describedby={describedBy(id('code'), errors.code, t('drafts.codeHint'))} onChange={(e) => setCode(e.target.value)} />
      </Field>
      <Field id={id('label')} label={t('drafts.fields.label')} required error={errors.label}>
        <input id={id('label')} className={inputClass(errors.label)} value={label} aria-invalid={!!errors.label}
          aria-describedby={describedBy(id('label'), errors.label)} onChange={(e) => setLabel(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="btn-primary" disabled={create.isPending}>{t('drafts.create')}</button>
        <button type="button" className="btn-secondary" onClick={onCancel}>{t('drafts.cancel')}</button>
      </div>
    </form>
  );
}

const PAGE = 50;

function History({ plan, versions }: { plan: string; versions: VersionSummary[] }) {
  const { t } = useTranslation();
  const revisions = useRevisions(plan);
  const [shown, setShown] = useState(PAGE);
  const labelOf = (code?: string) => versions.find((v) => v.code === code)?.label ?? code;
  return (
    <section aria-labelledby="history" className="space-y-3">
      <h2 id="history" className="text-std-24B-150">{t('drafts.history')}</h2>
      <p>{t('drafts.historyLead')}</p>
      {revisions.isPending && <Loading />}
      {revisions.isError && <LoadError onRetry={() => void revisions.refetch()} />}
      {revisions.data && revisions.data.length === 0 && <p>{t('drafts.noHistory')}</p>}
      {revisions.data && revisions.data.length > 0 && (
        <>
          <ol className="space-y-2">
            {revisions.data.slice(0, shown).map((r) => {
              const changed = changedFields(r);
              return (
                <li key={r.id} className="space-y-1 rounded-8 border border-solid-gray-200 p-3">
                  <p className="font-bold">{r.summary ?? r.action}</p>
                  <dl className="grid gap-x-4 sm:grid-cols-[8rem_1fr]">
                    <dt className="font-bold">{t('drafts.when')}</dt>
                    <dd>{r.at ? <time dateTime={r.at}>{warekiDateTime(r.at)}</time> : r.on?.label}</dd>
                    <dt className="font-bold">{t('drafts.who')}</dt>
                    <dd>{r.actor}</dd>
                    <dt className="font-bold">{t('drafts.what')}</dt>
                    <dd>
                      {r.subjectType === 'version'
                        ? t('drafts.versionSubject', { label: labelOf(r.version ?? r.subjectId) })
                        : t(`drafts.subjects.${r.subjectType}`, { defaultValue: r.subjectType })}
                      {r.version && r.subjectType !== 'version' ? `（${t('drafts.inVersion', { label: labelOf(r.version) })}）` : ''}
                      {changed.length > 0 && ` ・ ${t('drafts.changedFields', { fields: changed.map((f) => t(`drafts.detailFields.${f}`, { defaultValue: f })).join('、') })}`}
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ol>
          {revisions.data.length > shown && (
            <button type="button" className="btn-secondary" onClick={() => setShown((n) => n + PAGE)}>
              {t('drafts.moreHistory', { count: Math.min(PAGE, revisions.data.length - shown) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
