import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { LoadError, Loading } from '@/components/ui/status';
import { RequireRole } from '@/features/auth/components/require-role';
import { type SectionNode, useComparison, usePublish, useVersionTree, type VersionSummary } from '@/features/plan-editing/api/drafts';
import { ActionLabel } from '@/features/plan-editing/components/action-label';
import { NodeAddForm } from '@/features/plan-editing/components/node-add-form';
import { BodyPreview, NodeEditor } from '@/features/plan-editing/components/node-editor';
import { NodeStructure } from '@/features/plan-editing/components/node-structure';
import { Notice } from '@/features/plan-editing/components/notice';
import { byOrder, nodeLabel } from '@/features/plan-editing/lib/tree';
import { ApiError, inLanguage } from '@/lib/api-client';
import { usePageTitle } from '@/lib/use-page-title';

/** A version's section tree: a draft is edited node by node and published after seeing what changed. */
export default function AdminPlanVersionPage() {
  return (
    <RequireRole role="plan-editor">
      <PlanVersion />
    </RequireRole>
  );
}

function PlanVersion() {
  const { t } = useTranslation();
  const { plan = '', version = '' } = useParams();
  const tree = useVersionTree(plan, version);
  // The node being edited is in the address, so signing in again returns to it.
  const [params, setParams] = useSearchParams();
  const editing = params.get('node');
  const [addingTop, setAddingTop] = useState(false);
  // The outcome of the last change to the tree, beside the node it concerns (or above the tree).
  const [notice, setNotice] = useState<{ key?: string; text: string }>();
  const v = tree.data?.version;
  const isDraft = v?.status === 'draft';
  usePageTitle(v ? `${tree.data?.plan?.name ?? ''} ${v.label ?? ''}` : t('admin.nav.plans'));

  const open = (key: string, text?: string) => {
    setNotice(text ? { key, text } : undefined);
    setParams({ node: key });
  };
  const added = (n: SectionNode) => open(n.key ?? '', t('drafts.added', { title: nodeLabel(n) }));

  const renderNodes = (nodes: SectionNode[] | undefined) => (
    <ol className="space-y-2">
      {byOrder(nodes).map((n) => (
        <li key={n.key} className="space-y-2">
          <div className="flex flex-wrap items-center gap-3 rounded-8 border border-solid-gray-200 p-3">
            <span className="font-bold">{nodeLabel(n)}</span>
            {isDraft && editing !== n.key && (
              <button type="button" className="min-h-11 rounded-6 border border-blue-900 px-3 text-blue-900 hover:bg-blue-50"
                onClick={() => open(n.key ?? '')}>
                <ActionLabel short={t('drafts.editShort')} full={t('drafts.editNode', { title: n.title })} />
              </button>
            )}
          </div>
          {isDraft && editing === n.key && (
            <>
              <NodeEditor key={n.key} plan={plan} version={version} node={n} onClose={() => { setNotice(undefined); setParams({}); }} />
              <NodeStructure plan={plan} version={version} nodes={tree.data?.nodes} node={n}
                notice={notice?.key === n.key ? notice.text : undefined}
                onMoved={(text) => setNotice({ key: n.key, text })} onAdded={added}
                onDeleted={(text) => { setNotice({ text }); setParams({}); }} />
            </>
          )}
          {!isDraft && n.body && <div className="space-y-2 pl-4"><BodyPreview body={n.body} /></div>}
          {n.children && n.children.length > 0 && <div className="pl-4 md:pl-6">{renderNodes(n.children)}</div>}
        </li>
      ))}
    </ol>
  );

  return (
    <div className="max-w-4xl space-y-8">
      <p><Link to={`/admin/plans/${encodeURIComponent(plan)}`}>{t('drafts.backToPlan')}</Link></p>
      <h1 className="text-std-28B-150 md:text-std-36B-140">{v ? `${v.label}（${t(`drafts.status.${v.status}`, { defaultValue: v.status })}）` : version}</h1>
      {tree.isPending && <Loading />}
      {tree.isError && <LoadError onRetry={() => void tree.refetch()} />}
      {tree.data && (
        <>
          <p>{tree.data.plan?.name}</p>
          {!isDraft && <p className="rounded-8 bg-solid-gray-50 p-4">{t('drafts.readOnly')}</p>}
          <p>
            <Link to={`/admin/plans/${encodeURIComponent(plan)}/measures?version=${encodeURIComponent(version)}`}>
              {t('measureAdmin.manageWith', { label: v?.label })}
            </Link>
          </p>
          {isDraft && v && <PublishPanel plan={plan} version={v} />}
          <section aria-labelledby="tree" className="space-y-3">
            <h2 id="tree" className="text-std-24B-150">{t('drafts.tree')}</h2>
            <Notice text={notice && !notice.key ? notice.text : undefined} />
            {isDraft && !addingTop && (
              <button type="button" className="btn-secondary" onClick={() => setAddingTop(true)}>{t('drafts.addTop')}</button>
            )}
            {isDraft && addingTop && (
              <NodeAddForm plan={plan} version={version} nodes={tree.data.nodes} onCancel={() => setAddingTop(false)}
                onAdded={(n) => { setAddingTop(false); added(n); }} />
            )}
            {renderNodes(tree.data.nodes)}
          </section>
        </>
      )}
    </div>
  );
}

const CHANGE_ORDER = ['added', 'changed', 'moved', 'removed'] as const;

/** Before publishing: what the draft changes against the version it was made from, then publish. */
function PublishPanel({ plan, version }: { plan: string; version: VersionSummary }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  // basedOn is "plan:version"; only a version of this plan is compared here.
  const [basePlan, baseVersion] = (version.basedOn ?? '').split(':');
  const from = basePlan === plan ? baseVersion : undefined;
  const comparison = useComparison(plan, from, version.code ?? '');
  const publish = usePublish(plan, version.code ?? '');
  const [failure, setFailure] = useState<unknown>();

  const doPublish = async () => {
    setFailure(undefined);
    try {
      await publish.mutateAsync();
      navigate(`/admin/plans/${encodeURIComponent(plan)}`, { state: { published: version.label } });
    } catch (e) {
      setFailure(e);
    }
  };

  const s = comparison.data?.summary;
  return (
    <section aria-labelledby="publish" className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
      <h2 id="publish" className="text-std-24B-150">{t('drafts.publishTitle')}</h2>
      {from && comparison.isPending && <Loading />}
      {comparison.isError && <LoadError onRetry={() => void comparison.refetch()} />}
      {s && (
        <>
          <p>{t('drafts.diffLead', { from })}</p>
          <ul className="flex flex-wrap gap-x-6">
            {CHANGE_ORDER.map((c) => <li key={c}>{t(`drafts.change.${c}`)}: {s[c] ?? 0}</li>)}
          </ul>
          {(comparison.data?.changes ?? []).length > 0 && (
            <ul className="list-disc space-y-1 pl-6">
              {(comparison.data?.changes ?? []).slice(0, 100).map((c) => (
                <li key={`${c.key}-${c.change}`}>
                  {t(`drafts.change.${c.change}`)}: {[(c.to ?? c.from)?.number, (c.to ?? c.from)?.title].filter(Boolean).join(' ')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {failure instanceof ApiError && failure.status === 409 ? (
        <ConflictNotice error={failure} />
      ) : failure ? (
        <p role="alert" className="font-bold text-red-900">
          {failure instanceof ApiError ? inLanguage(failure.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')}
        </p>
      ) : null}
      <p>{t('drafts.publishLead')}</p>
      <button type="button" className="btn-primary" disabled={publish.isPending} onClick={() => void doPublish()}>
        {t('drafts.publish', { label: version.label })}
      </button>
    </section>
  );
}
