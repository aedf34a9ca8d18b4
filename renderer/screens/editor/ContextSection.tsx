import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, STATUSES, type Level, type Status } from '../../../api/contract/common';
import type { InstrumentInfo } from '../../../api/contract/taxonomy';
import { Field } from '../../components/Field';
import { AMOUNT_UNITS } from '../../lib/units';
import { useEditor } from '../../state/editor';
import { usePrefs } from '../../state/prefs';
import { useTaxonomy } from '../../state/taxonomy';
import { useDraft, useFieldError } from './hooks';

/** Status, level, place, host body, instrument type, amount, document number. */
export function ContextSection() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const update = useEditor((s) => s.update);
  const d = useDraft((d) => d);
  const instruments = useTaxonomy((s) => s.instruments);
  const groups = useMemo(() => {
    const m = new Map<string, InstrumentInfo[]>();
    for (const i of instruments) m.set(i.category, [...(m.get(i.category) ?? []), i]);
    return [...m.values()];
  }, [instruments]);
  const err = {
    status: useFieldError('status'),
    level: useFieldError('level'),
    instrument: useFieldError('instrument'),
    amount: useFieldError('amount') ?? undefined,
    amountValue: useFieldError('amount.value'),
    amountUnit: useFieldError('amount.unit'),
  };
  return (
    <section className="form-section" aria-labelledby="sec-context">
      <h2 id="sec-context">{t('editor.sections.context')}</h2>
      <div className="form-grid">
        {d.kind !== 'meeting' && (
          <Field label={t('editor.status')} error={err.status}>
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={d.status} onChange={(e) => update({ status: e.target.value as Status | '' })}>
                <option value="">{t('common.none')}</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>{t(`statuses.${s}`)}</option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('editor.level')} error={err.level}>
          {({ id, describedBy }) => (
            <select id={id} aria-describedby={describedBy} value={d.level} onChange={(e) => update({ level: e.target.value as Level | '' })}>
              <option value="">{t('common.none')}</option>
              {LEVELS.map((l) => (
                <option key={l} value={l}>{t(`levels.${l}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('editor.place')}>{({ id }) => <input id={id} value={d.place} onChange={(e) => update({ place: e.target.value })} />}</Field>
        <Field label={t('editor.hostBody')} className="span-2">
          {({ id }) => <input id={id} value={d.hostBody} onChange={(e) => update({ hostBody: e.target.value })} />}
        </Field>
        {d.kind !== 'meeting' && (
          <Field label={t('editor.docNumber')}>{({ id }) => <input id={id} value={d.docNumber} onChange={(e) => update({ docNumber: e.target.value })} />}</Field>
        )}
        {d.kind === 'measure' && (
          <Field label={t('editor.instrument')} error={err.instrument} className="span-2">
            {({ id, describedBy }) => (
              <select id={id} aria-describedby={describedBy} value={d.instrument} onChange={(e) => update({ instrument: e.target.value })}>
                <option value="">{t('common.none')}</option>
                {groups.map((g) => (
                  <optgroup key={g[0].category} label={lang === 'en' ? g[0].categoryEn : g[0].categoryZh}>
                    {g.map((i) => (
                      <option key={i.code} value={i.code}>{lang === 'en' ? i.en : i.zh}</option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
        )}
        <fieldset className="amount">
          <legend>{t('editor.amount')}</legend>
          <Field label={t('editor.amountValue')} error={err.amountValue ?? err.amount}>
            {({ id, describedBy, invalid }) => (
              <input id={id} inputMode="decimal" size={10} value={d.amountValue} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => update({ amountValue: e.target.value })} />
            )}
          </Field>
          <Field label={t('editor.amountUnit')} error={err.amountUnit}>
            {({ id, describedBy }) => (
              <input id={id} size={6} list="amount-units" placeholder={t('editor.unitPlaceholder')} value={d.amountUnit} aria-describedby={describedBy} onChange={(e) => update({ amountUnit: e.target.value })} />
            )}
          </Field>
          <datalist id="amount-units">
            {AMOUNT_UNITS.map((u) => (
              <option key={u} value={u} />
            ))}
          </datalist>
        </fieldset>
      </div>
    </section>
  );
}
