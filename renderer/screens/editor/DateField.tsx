import { useTranslation } from 'react-i18next';
import { precisionOf } from '../../../api/dates';
import { Field } from '../../components/Field';
import { formatDate } from '../../i18n/format';
import { isPartialDate } from '../../lib/dates';
import { usePrefs } from '../../state/prefs';

interface Props {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  className?: string;
}

/** A date at the precision the researcher knows; the hint reads it back in words so a typo shows at once. */
export function DateField({ label, value, onChange, error, className }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const v = value.trim();
  const ok = v !== '' && isPartialDate(v);
  const hint = ok ? `${formatDate(v, lang)} · ${t('editor.datePrecision', { p: t(`editor.precision.${precisionOf(v)}`) })}` : t('editor.dateHint');
  return (
    <Field label={label} error={error ?? (v && !ok ? t('filters.dateInvalid') : undefined)} hint={hint} className={`date-field ${className ?? ''}`}>
      {({ id, describedBy, invalid }) => (
        <input id={id} value={value} size={11} placeholder="YYYY-MM-DD" aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}
