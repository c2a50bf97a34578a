import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictNotice } from '@/components/ui/conflict-notice';
import { ErrorSummary } from '@/components/ui/error-summary';
import { describedBy, Field, inputClass } from '@/components/ui/field';
import { useSessionDraft } from '@/features/auth/lib/use-session-draft';
import { type SectionNode, useEditNode } from '../api/drafts';
import { useFormFailure } from '../lib/use-form-failure';

interface NodeDraft {
  number: string;
  title: string;
  subtitle: string;
  body: string;
  /** The node's version when editing began: saving over a newer one is a 409. */
  lockVersion: number;
}

const FIELDS = ['number', 'title', 'subtitle', 'body'] as const;
const fromNode = (n: SectionNode): NodeDraft => ({
  number: n.number ?? '', title: n.title ?? '', subtitle: n.subtitle ?? '', body: n.body ?? '', lockVersion: n.lockVersion ?? 0,
});

/** Body text as the public page shows it: paragraphs split at blank lines, line breaks kept. */
export function BodyPreview({ body }: { body: string }) {
  const { t } = useTranslation();
  const paragraphs = body.split(/\n{2,}/).filter((p) => p.trim());
  if (paragraphs.length === 0) return <p className="text-solid-gray-700">{t('drafts.emptyBody')}</p>;
  return <>{paragraphs.map((p, i) => <p key={i} className="whitespace-pre-wrap">{p}</p>)}</>;
}

/** The node as the public page will show it, while it is typed. */
export function PreviewPanel({ id, subtitle, body }: { id: string; subtitle?: string; body: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-8 bg-solid-gray-50 p-4">
      <h4 id={id} className="text-std-17B-170">{t('drafts.preview')}</h4>
      {subtitle && <p className="font-bold">{subtitle}</p>}
      <BodyPreview body={body} />
    </section>
  );
}

/** Save (busy while saving) and close, as each node form ends. */
export function FormButtons({ pending, submit, close, onClose }: { pending: boolean; submit: string; close: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap gap-3">
      <button type="submit" className="btn-primary" disabled={pending} aria-busy={pending}>{pending ? t('admin.saving') : submit}</button>
      <button type="button" className="btn-secondary" onClick={onClose}>{close}</button>
    </div>
  );
}

/**
 * Edits one node of a draft with a live preview of its body. The draft of the form is kept for this
 * tab; a 409 shows the node as someone else saved it, to take theirs or to save over it knowingly.
 */
export function NodeEditor({ plan, version, node, onClose }: { plan: string; version: string; node: SectionNode; onClose: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const key = node.key ?? '';
  const initial = useCallback(() => fromNode(node), [node]);
  const draft = useSessionDraft<NodeDraft>(`node-${key}`, initial);
  const edit = useEditNode(plan, version);
  const failure = useFormFailure<SectionNode>(FIELDS);
  const { errors, conflict } = failure;
  const [saved, setSaved] = useState(false);
  const d = draft.value;
  const id = (f: string) => `${uid}-${f}`;
  const label = (f: string) => t(`drafts.fields.${f}`);

  const save = async (lockVersion: number) => {
    setSaved(false);
    failure.clear();
    if (!d.title.trim()) return failure.fail({ title: t('drafts.errors.titleRequired') });
    try {
      const stored = await edit.mutateAsync({
        key,
        body: {
          kind: node.kind ?? '', number: d.number || undefined, title: d.title, subtitle: d.subtitle || undefined, body: d.body,
          // Sent back as read: leaving it out would drop the node's alignment with the master plan.
          alignedBasicPolicy: node.alignment?.number, lockVersion,
        },
      });
      // The next save builds on this one.
      draft.setValue((prev) => ({ ...prev, lockVersion: stored.lockVersion ?? prev.lockVersion }));
      draft.clear();
      setSaved(true);
    } catch (e) {
      failure.caught(e);
    }
  };

  // Moving the node (here, by this editor) changes its version but not its text: the form follows it,
  // so the next save is not taken for someone else's change.
  const previous = useRef(node);
  useEffect(() => {
    const before = previous.current;
    previous.current = node;
    if (before.lockVersion === node.lockVersion || FIELDS.some((f) => (before[f] ?? '') !== (node[f] ?? ''))) return;
    const untouched = draft.savedAt === undefined;
    draft.setValue((prev) => (prev.lockVersion === before.lockVersion ? { ...prev, lockVersion: node.lockVersion ?? 0 } : prev));
    if (untouched) draft.clear();
  }, [node, draft]);

  const summary = failure.summary(id, label);
  const input = (f: 'number' | 'title' | 'subtitle', required = false) => (
    <Field id={id(f)} label={label(f)} required={required} error={errors[f]}>
      <input id={id(f)} className={inputClass(errors[f])} value={d[f]} aria-invalid={!!errors[f]}
        aria-describedby={describedBy(id(f), errors[f])} onChange={(e) => draft.setValue((prev) => ({ ...prev, [f]: e.target.value }))} />
    </Field>
  );

  return (
    <form noValidate aria-labelledby={id('title-h')} className="space-y-4 rounded-8 border-2 border-blue-900 p-4"
      onSubmit={(e) => { e.preventDefault(); void save(d.lockVersion); }}>
      <h3 id={id('title-h')} className="text-std-20B-150">{t('drafts.editing', { title: [node.number, node.title].filter(Boolean).join(' ') })}</h3>
      {draft.restored && <p role="status" className="rounded-8 bg-blue-50 p-4">{t('admin.draftRestored')}</p>}
      <ErrorSummary ref={failure.summaryRef} id={id('errors')} errors={summary} />
      {saved && <p role="status" className="rounded-8 border-2 border-green-900 bg-green-50 p-4">{t('drafts.saved')}</p>}
      {conflict && (
        <ConflictNotice error={conflict.error}>
          {conflict.current && (
            <div className="space-y-2">
              <p className="font-bold">{[conflict.current.number, conflict.current.title].filter(Boolean).join(' ')}</p>
              {conflict.current.subtitle && <p>{conflict.current.subtitle}</p>}
              <div className="space-y-2 rounded-8 border border-solid-gray-420 bg-white p-3"><BodyPreview body={conflict.current.body ?? ''} /></div>
              <div className="flex flex-wrap gap-3">
                <button type="button" className="btn-secondary" onClick={() => { draft.setValue(fromNode(conflict.current!)); draft.clear(); failure.setConflict(undefined); }}>
                  {t('drafts.takeTheirs')}
                </button>
                <button type="button" className="btn-primary" onClick={() => void save(conflict.current!.lockVersion ?? 0)}>{t('drafts.keepMine')}</button>
              </div>
            </div>
          )}
        </ConflictNotice>
      )}
      <div className="grid gap-4 md:grid-cols-[8rem_1fr]">
        {input('number')}
        {input('title', true)}
      </div>
      {input('subtitle')}
      <Field id={id('body')} label={label('body')} error={errors.body} hint={t('drafts.bodyHint')}>
        <textarea id={id('body')} rows={10} className={inputClass(errors.body)} value={d.body} aria-invalid={!!errors.body}
          aria-describedby={describedBy(id('body'), errors.body, t('drafts.bodyHint'))}
          onChange={(e) => draft.setValue((prev) => ({ ...prev, body: e.target.value }))} />
      </Field>
      <PreviewPanel id={id('preview')} subtitle={d.subtitle} body={d.body} />
      <FormButtons pending={edit.isPending} submit={t('drafts.save')} close={t('drafts.close')} onClose={() => { draft.clear(); onClose(); }} />
    </form>
  );
}
