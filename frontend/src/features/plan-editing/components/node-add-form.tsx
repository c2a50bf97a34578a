import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/error-summary';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { type SectionNode, useAddNode } from '../api/drafts';
import { translated } from '../lib/messages';
import { NODE_FIELDS, type NodeValues, validateNode } from '../lib/node-form';
import { NODE_KINDS, nodeLabel, suggestKey, suggestKind } from '../lib/tree';
import { useFormFailure } from '../lib/use-form-failure';
import { SelectField, TextAreaField, TextField } from './form-fields';
import { FormButtons, PreviewPanel } from './node-editor';

/**
 * Adds a node to a draft, under `parent` or at the top level, as its last child. The kind defaults to
 * that of the nodes already there and the key to an unused one; what was typed survives a re-sign-in.
 */
export function NodeAddForm({ plan, version, nodes, parent, onAdded, onCancel }: {
  plan: string;
  version: string;
  nodes: SectionNode[] | undefined;
  parent?: SectionNode;
  onAdded: (node: SectionNode) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const uid = useId();
  const initial = useCallback((): NodeValues => ({
    key: suggestKey(nodes), kind: suggestKind(nodes, parent?.key), number: '', title: '', subtitle: '', body: '',
  }), [nodes, parent?.key]);
  const draft = useSessionDraft<NodeValues>(`add-node-${parent?.key ?? 'top'}`, initial);
  const add = useAddNode(plan, version);
  const failure = useFormFailure(NODE_FIELDS);
  const v = draft.value;
  const id = (f: string) => `${uid}-${f}`;
  const label = (f: string) => t(`drafts.fields.${f}`);
  const set = (f: keyof NodeValues) => (value: string) => draft.setValue((prev) => ({ ...prev, [f]: value }));
  const where = parent ? t('drafts.addUnder', { title: nodeLabel(parent) }) : t('drafts.addTop');

  const submit = async () => {
    failure.clear();
    const found = validateNode(v);
    if (Object.keys(found).length) {
      return failure.fail(translated(t, found));
    }
    try {
      const made = await add.mutateAsync({
        key: v.key.trim(), parentKey: parent?.key, kind: v.kind, number: v.number.trim() || undefined, title: v.title.trim(),
        subtitle: v.subtitle.trim() || undefined, body: v.body || undefined,
      });
      draft.clear();
      onAdded(made);
    } catch (e) {
      failure.caught(e);
    }
  };

  const field = (f: 'key' | 'number' | 'title' | 'subtitle', extra: { required?: boolean; hint?: string; code?: boolean } = {}) => (
    <TextField id={id(f)} label={label(f)} value={v[f]} onChange={set(f)} error={failure.errors[f]} {...extra} />
  );

  return (
    <form noValidate aria-labelledby={id('h')} className="space-y-4 rounded-8 border-2 border-blue-900 p-4"
      onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <h3 id={id('h')} className="text-std-20B-150">{where}</h3>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={failure.summaryRef} id={id('errors')} errors={failure.summary(id, label)} />
      <SelectField id={id('kind')} label={label('kind')} required value={v.kind} onChange={set('kind')} error={failure.errors.kind}>
        {NODE_KINDS.map((k) => <option key={k} value={k}>{t(`drafts.kinds.${k}`)}</option>)}
      </SelectField>
      <div className="grid gap-4 md:grid-cols-[8rem_1fr]">
        {field('number')}
        {field('title', { required: true })}
      </div>
      {field('subtitle')}
      <TextAreaField id={id('body')} label={label('body')} value={v.body} onChange={set('body')} error={failure.errors.body} hint={t('drafts.bodyHint')} />
      {v.body.trim() && <PreviewPanel id={id('preview')} subtitle={v.subtitle} body={v.body} />}
      {field('key', { required: true, hint: t('drafts.keyHint'), code: true })}
      <FormButtons pending={add.isPending} submit={t('drafts.addSubmit')} close={t('drafts.cancel')} onClose={() => { draft.clear(); onCancel(); }} />
    </form>
  );
}
