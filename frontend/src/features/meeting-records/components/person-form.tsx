import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/features/plan-editing/components/form-fields';
import { FormShell } from '@/features/measure-editing/components/form-shell';
import { useEditForm } from '@/features/measure-editing/lib/use-edit-form';
import { type Person, useSavePerson } from '../api/people';
import { PERSON_FIELDS, personInput, personValues, validatePerson } from '../lib/values';

/** A person's name and its kana reading (lists are ordered 五十音順 by it); without `person`, a new one. */
export function PersonForm({ person, onDone }: { person?: Person; onDone: (saved?: Person) => void }) {
  const { t } = useTranslation();
  const save = useSavePerson(person?.key);
  const initial = useCallback(() => personValues(person), [person]);
  const form = useEditForm({
    formId: `person-${person?.id ?? 'new'}`, initial, fields: PERSON_FIELDS, validate: validatePerson,
    save: async (v, lockVersion) => onDone(await save.mutateAsync(personInput(v, lockVersion))),
    fromCurrent: (current: Person) => personValues(current), onSaved: () => undefined,
  });
  const { values: v, failure } = form;
  const label = (f: string) => t(`secretary.person.fields.${f}`);
  const current = failure.conflict?.current as Person | undefined;
  return (
    <FormShell title={person ? t('secretary.person.editTitle', { name: person.name }) : t('secretary.person.newTitle')} form={form}
      pending={save.isPending} labelOf={label} onCancel={() => onDone()}
      submitLabel={person ? t('secretary.person.save') : t('secretary.person.create')}
      current={current && <p>{current.name}（{current.nameReading}）</p>}>
      {(id) => (
        <>
          <TextField id={id('name')} label={label('name')} required value={v.name} onChange={form.set('name')} error={failure.errors.name} />
          <TextField id={id('nameReading')} label={label('nameReading')} required value={v.nameReading} onChange={form.set('nameReading')}
            error={failure.errors.nameReading} hint={t('secretary.person.readingHint')} />
          <div className="grid gap-4 md:grid-cols-2">
            <TextField id={id('familyName')} label={label('familyName')} value={v.familyName} onChange={form.set('familyName')} error={failure.errors.familyName} />
            <TextField id={id('givenName')} label={label('givenName')} value={v.givenName} onChange={form.set('givenName')} error={failure.errors.givenName} />
          </div>
          <TextField id={id('key')} label={label('key')} required code value={v.key} onChange={form.set('key')} error={failure.errors.key}
            hint={t('secretary.keyHint')} />
        </>
      )}
    </FormShell>
  );
}
