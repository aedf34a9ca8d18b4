import { useTranslation } from 'react-i18next';
import { precisionOf } from '../../../api/dates';
import { Field } from '../../components/Field';
import { formatDate } from '../../i18n/format';
import { parseDateRange, understoodDate } from '../../lib/dates';
import { usePrefs } from '../../state/prefs';

interface Props {
  label: string;
  value: string;
  onChange(v: string): void;
  error?: string;
  className?: string;
  /** A range typed into this one field (2024—2026年) is handed over as its two ends when the field is left. */
  onRange?(start: string, end: string): void;
}

/** A date at the precision the researcher knows; the hint reads it back in words so a typo shows at once. */
export function DateField({ label, value, onChange, error, className, onRange }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const v = value.trim();
  // Read back as the app understood it (2024年6月 → June 2024, month precision), so a misreading shows at once.
  const read = v ? understoodDate(v) : null;
  const range = v && !read && onRange ? parseDateRange(v) : null;
  const ok = read !== null || range !== null;
  const hint = read
    ? `${formatDate(read, lang)} · ${t('editor.datePrecision', { p: t(`editor.precision.${precisionOf(read)}`) })}`
    : range
      ? t('editor.dateRangeHint', { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
      : t('editor.dateHint');
  return (
    <Field label={label} error={error ?? (v && !ok ? t('filters.dateInvalid') : undefined)} hint={hint} className={`date-field ${className ?? ''}`}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          value={value}
          size={11}
          placeholder="YYYY-MM-DD"
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => range && onRange?.(range.start, range.end)}
        />
      )}
    </Field>
  );
}
