import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/features/plan-editing/components/form-fields';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { OrganizationSelect } from './organization-select';
import { type Post, useSavePost } from '../api/people';
import { POST_FIELDS, postInput, postValues, validatePost } from '../lib/values';

/** A post of a body (本部長, 座長, 委員, …): who holds it is a membership naming the post. */
export function PostForm({ post, onDone }: { post?: Post; onDone: (saved?: string) => void }) {
  const { t } = useTranslation();
  const save = useSavePost(post?.key);
  const initial = useCallback(() => postValues(post), [post]);
  const form = useEditForm({
    formId: `post-${post?.id ?? 'new'}`, initial, fields: POST_FIELDS, validate: validatePost,
    save: (v, lockVersion) => save.mutateAsync(postInput(v, lockVersion)),
    fromCurrent: (current: Post) => postValues(current), onSaved: () => onDone(t('secretary.saved')),
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.post.fields.${f}`);
  const current = failure.conflict?.current as Post | undefined;
  return (
    <FormShell title={post ? t('secretary.editFull', { name: `${post.organization?.name} ${post.label}` }) : t('secretary.post.new')} form={form}
      pending={save.isPending} labelOf={label} onCancel={() => onDone()} submitLabel={t('secretary.save')}
      current={current && <p>{current.organization?.name}・{current.label}・{current.role}・{current.exOfficio}</p>}>
      {(id) => (
        <>
          <OrganizationSelect id={id('organization')} label={label('organization')} value={v.organization} onChange={form.set('organization')}
            error={failure.errors.organization} />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={id('label')} label={label('label')} required value={v.label} onChange={form.set('label')} error={failure.errors.label} />
            <TextField id={id('role')} label={label('role')} required value={v.role} onChange={form.set('role')} error={failure.errors.role} />
          </div>
          <TextField id={id('exOfficio')} label={label('exOfficio')} value={v.exOfficio} onChange={form.set('exOfficio')} error={failure.errors.exOfficio}
            hint={t('secretary.post.exOfficioHint')} />
          <TextField id={id('seats')} label={label('seats')} inputMode="numeric" value={v.seats} onChange={form.set('seats')} error={failure.errors.seats} />
          <TextField id={id('key')} label={label('key')} required code value={v.key} onChange={form.set('key')} error={failure.errors.key} hint={t('secretary.keyHint')} />
        </>
      )}
    </FormShell>
  );
}
