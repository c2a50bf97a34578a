import { useTranslation } from 'react-i18next';
import { ROLES } from '@/features/auth/lib/roles';

/** The roles as a group of checkboxes, with the group's error beside its legend. */
export function RoleCheckboxes({ id, value, error, onChange }: { id: string; value: string[]; error?: string; onChange: (roles: string[]) => void }) {
  const { t } = useTranslation();
  const toggle = (role: string, on: boolean) => onChange(on ? [...value, role] : value.filter((r) => r !== role));
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined} className="space-y-2">
      <legend className="text-std-17B-170">
        {t('users.roles')}
        <span className="ml-2 rounded-4 bg-red-900 px-1.5 text-std-16N-170 text-white">{t('common.required')}</span>
      </legend>
      {error && (
        <p id={`${id}-error`} className="font-bold text-red-900"><span aria-hidden="true">⚠ </span>{error}</p>
      )}
      {ROLES.map((role) => (
        <div key={role} className="flex min-h-11 items-start gap-2">
          <input id={`${id}-${role}`} type="checkbox" className="mt-1 size-6 shrink-0" checked={value.includes(role)}
            aria-describedby={`${id}-${role}-hint`} onChange={(e) => toggle(role, e.target.checked)} />
          <label htmlFor={`${id}-${role}`}>
            <span className="font-bold">{t(`roles.${role}`)}</span>
            <span id={`${id}-${role}-hint`} className="block text-std-16N-170 text-solid-gray-700">{t(`roles.hint.${role}`)}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
