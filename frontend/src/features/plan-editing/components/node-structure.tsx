import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ApiError, inLanguage } from '@/lib/api-client';
import { type SectionNode, useDeleteNode, useMoveNode } from '../api/drafts';
import { descendantCount, locate, moveDown, moveUp, nodeLabel, parentChoices, type Placement } from '../lib/tree';
import { ConfirmDelete } from './confirm-delete';
import { SelectField } from './form-fields';
import { NodeAddForm } from './node-add-form';
import { ActionLabel } from './action-label';

const TOP = '(top)';

/**
 * Where a node of a draft sits and what hangs below it: one place up or down among its siblings,
 * under another node (or the top level), a new node below it, or deleting it with its subtree.
 * `notice` is the outcome of the last move of this node: the heading takes the focus to read it.
 */
export function NodeStructure({ plan, version, nodes, node, notice, onMoved, onAdded, onDeleted }: {
  plan: string;
  version: string;
  nodes: SectionNode[] | undefined;
  node: SectionNode;
  notice?: string;
  onMoved: (text: string) => void;
  onAdded: (node: SectionNode) => void;
  onDeleted: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const key = node.key ?? '';
  const title = nodeLabel(node);
  const move = useMoveNode(plan, version);
  const remove = useDeleteNode(plan, version);
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState<string>();
  const [mode, setMode] = useState<'add' | 'delete'>();
  const [failure, setFailure] = useState<unknown>();
  const at = locate(nodes, key);
  const up = moveUp(nodes, key);
  const down = moveDown(nodes, key);
  const choices = parentChoices(nodes, key);
  const below = descendantCount(node);

  useEffect(() => {
    if (notice) heading.current?.focus();
  }, [notice]);

  const doMove = async (to: Placement, text: string) => {
    setFailure(undefined);
    try {
      await move.mutateAsync({ key, body: { parentKey: to.parentKey, order: to.order, lockVersion: node.lockVersion ?? 0 } });
      setTarget('');
      onMoved(text);
    } catch (e) {
      setFailure(e);
    }
  };

  const doDelete = async () => {
    setFailure(undefined);
    try {
      await remove.mutateAsync({ key, lockVersion: node.lockVersion ?? 0 });
      onDeleted(t('drafts.deleted', { title }));
    } catch (e) {
      setFailure(e);
    }
  };

  const parentTitle = (k: string) => (k === TOP ? t('drafts.topLevel') : nodeLabel(locate(nodes, k)?.node ?? {}));
  const moveUnder = () => {
    if (!target) return setTargetError(t('drafts.errors.parentRequired'));
    setTargetError(undefined);
    void doMove({ parentKey: target === TOP ? undefined : target }, t('drafts.movedUnder', { title, parent: parentTitle(target) }));
  };
  const problem = failure instanceof ApiError && failure.status === 409 ? (
    <ConflictNotice error={failure}>
      {(failure.problem?.current as SectionNode | undefined)?.title && (
        <p>{nodeLabel(failure.problem?.current as SectionNode)}</p>
      )}
      <p>{t('drafts.reloaded')}</p>
    </ConflictNotice>
  ) : failure ? (
    <p role="alert" className="font-bold text-red-900">
      {failure instanceof ApiError ? inLanguage(failure.problem?.detail, i18n.language) || t('admin.saveFailed') : t('admin.networkError')}
    </p>
  ) : null;

  return (
    <section aria-labelledby={`${uid}-h`} className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
      <h3 id={`${uid}-h`} ref={heading} tabIndex={-1} className="text-std-20B-150">{t('drafts.structure', { title })}</h3>
      {notice && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{notice}</p>}
      {mode !== 'delete' && problem}
      <div className="flex flex-wrap gap-3">
        {up && (
          <button type="button" className="btn-secondary" disabled={move.isPending}
            onClick={() => void doMove(up, t('drafts.movedUp', { title }))}><ActionLabel short={t('drafts.moveUpShort')} full={t('drafts.moveUp', { title })} /></button>
        )}
        {down && (
          <button type="button" className="btn-secondary" disabled={move.isPending}
            onClick={() => void doMove(down, t('drafts.movedDown', { title }))}><ActionLabel short={t('drafts.moveDownShort')} full={t('drafts.moveDown', { title })} /></button>
        )}
      </div>
      <form noValidate className="flex flex-wrap items-end gap-3" aria-labelledby={`${uid}-move`}
        onSubmit={(e) => { e.preventDefault(); moveUnder(); }}>
        <h4 id={`${uid}-move`} className="sr-only">{t('drafts.moveTo', { title })}</h4>
        <div className="min-w-0 grow">
          <SelectField id={`${uid}-parent`} label={t('drafts.newParent')} value={target} onChange={setTarget} error={targetError} hint={t('drafts.newParentHint')}>
            <option value="">{t('drafts.chooseParent')}</option>
            {at?.parentKey !== undefined && <option value={TOP}>{t('drafts.topLevel')}</option>}
            {choices.map((c) => (
              <option key={c.node.key} value={c.node.key}>{'　'.repeat(c.depth)}{nodeLabel(c.node)}</option>
            ))}
          </SelectField>
        </div>
        <button type="submit" className="btn-secondary" disabled={move.isPending}>{t('drafts.moveSubmit')}</button>
      </form>
      <div className="flex flex-wrap gap-3">
        {mode !== 'add' && (
          <button type="button" className="btn-secondary" onClick={() => setMode('add')}><ActionLabel short={t('drafts.addChildShort')} full={t('drafts.addChild', { title })} /></button>
        )}
        {mode !== 'delete' && (
          <button type="button" className="min-h-11 rounded-8 border border-red-900 px-4 font-bold text-red-900 hover:bg-red-50"
            onClick={() => { setFailure(undefined); setMode('delete'); }}>
            <ActionLabel short={t('drafts.deleteShort')} full={t('drafts.delete', { title })} />
          </button>
        )}
      </div>
      {mode === 'add' && (
        <NodeAddForm plan={plan} version={version} nodes={nodes} parent={node} onCancel={() => setMode(undefined)}
          onAdded={(made) => { setMode(undefined); onAdded(made); }} />
      )}
      {mode === 'delete' && (
        <ConfirmDelete title={t('drafts.deleteQuestion', { title })}
          consequence={below > 0 ? t('drafts.deleteWithChildren', { count: below }) : t('drafts.deleteAlone')}
          pending={remove.isPending} onConfirm={() => void doDelete()} onCancel={() => setMode(undefined)}>
          {problem}
        </ConfirmDelete>
      )}
    </section>
  );
}
