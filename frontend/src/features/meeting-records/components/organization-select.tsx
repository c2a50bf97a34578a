import { useTranslation } from 'react-i18next';
import { SelectField } from '@/features/plan-editing/components/form-fields';
import { useOrganizations } from '../api/meetings';

/**
 * The body a meeting, post or membership belongs to (the council, the headquarters, …), chosen by name;
 * `optional` where a record may belong to none (a schedule step such as 策定).
 */
export function OrganizationSelect({ id, label, value, onChange, error, optional }: {
  id: string; label: string; value: string; onChange: (key: string) => void; error?: string; optional?: boolean;
}) {
  const { t } = useTranslation();
  const organizations = useOrganizations();
  return (
    <SelectField id={id} label={label} required={!optional} value={value} onChange={onChange} error={error}>
      <option value="">{t(optional ? 'secretary.none' : 'secretary.choose')}</option>
      {organizations.data?.map((o) => <option key={o.key} value={o.key}>{o.name}</option>)}
    </SelectField>
  );
}
