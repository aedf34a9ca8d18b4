import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { newKey, type DraftProgress, type DraftTarget } from '../../lib/draft';
import { useEditor } from '../../state/editor';
import { DateField } from './DateField';
import { useDraft } from './hooks';

/** Targets ("规模突破900亿元 by 2025") and the later observations of progress against them. */
export function TargetsSection() {
  const { t } = useTranslation();
  const targets = useDraft((d) => d.targets);
  const edit = useEditor((s) => s.edit);
  const add = () =>
    edit((d) => ({
      ...d,
      targets: [...d.targets, { key: newKey(), metric: '', value: '', unit: '', deadline: '', scope: '', baseline: '', notes: '', progress: [] }],
    }));
  return (
    <section className="form-section" aria-labelledby="sec-targets">
      <h2 id="sec-targets">{t('editor.sections.targets')}</h2>
      {targets.map((tg, i) => (
        <TargetCard key={tg.key} target={tg} index={i} />
      ))}
      <div className="row-actions">
        <button type="button" onClick={add}>+ {t('editor.addTarget')}</button>
      </div>
    </section>
  );
}

function TargetCard({ target: tg, index: i }: { target: DraftTarget; index: number }) {
  const { t } = useTranslation();
  const edit = useEditor((s) => s.edit);
  const errors = useEditor((s) => s.errors);
  const e = (f: string) => errors[`targets.${i}.${f}`];
  const set = (patch: Partial<DraftTarget>) => edit((d) => ({ ...d, targets: d.targets.map((x) => (x.key === tg.key ? { ...x, ...patch } : x)) }));
  const setProgress = (key: string, patch: Partial<DraftProgress>) => set({ progress: tg.progress.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  const label = tg.metric || `${t('editor.metric')} ${i + 1}`;
  return (
    <fieldset className="target-card">
      <legend>{label}</legend>
      <div className="form-grid">
        <Field label={t('editor.metric')} error={e('metric')} className="span-2">
          {({ id, describedBy, invalid }) => (
            <input id={id} value={tg.metric} placeholder={t('editor.metricPlaceholder')} aria-describedby={describedBy} aria-invalid={invalid} onChange={(ev) => set({ metric: ev.target.value })} />
          )}
        </Field>
        <Field label={t('editor.targetValue')} error={e('value')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="decimal" size={8} value={tg.value} aria-describedby={describedBy} aria-invalid={invalid} onChange={(ev) => set({ value: ev.target.value })} />
          )}
        </Field>
        <Field label={t('editor.unit')} error={e('unit')}>
          {({ id }) => <input id={id} size={6} list="amount-units" placeholder={t('editor.unitPlaceholder')} value={tg.unit} onChange={(ev) => set({ unit: ev.target.value })} />}
        </Field>
        <DateField label={t('editor.deadline')} value={tg.deadline} error={e('deadline')} onChange={(v) => set({ deadline: v })} />
        <Field label={t('editor.baseline')} error={e('baseline')}>
          {({ id, describedBy, invalid }) => (
            <input id={id} inputMode="decimal" size={8} value={tg.baseline} aria-describedby={describedBy} aria-invalid={invalid} onChange={(ev) => set({ baseline: ev.target.value })} />
          )}
        </Field>
        <Field label={t('editor.scope')} className="span-2">{({ id }) => <input id={id} value={tg.scope} onChange={(ev) => set({ scope: ev.target.value })} />}</Field>
      </div>
      <div className="progress">
        <h3>{t('editor.progress')}</h3>
        {tg.progress.length > 0 && (
          <table className="mini-table">
            <thead>
              <tr>
                <th scope="col">{t('editor.observedOn')}</th>
                <th scope="col">{t('editor.progressValue')}</th>
                <th scope="col">{t('editor.note')}</th>
                <th scope="col"><span className="sr-only">{t('editor.removeItem')}</span></th>
              </tr>
            </thead>
            <tbody>
              {tg.progress.map((p, j) => (
                <tr key={p.key}>
                  <td>
                    <input aria-label={`${label} ${t('editor.observedOn')} ${j + 1}`} aria-invalid={!!errors[`targets.${i}.progress.${j}.observedOn`]} size={11} placeholder="2024-06" value={p.observedOn} onChange={(ev) => setProgress(p.key, { observedOn: ev.target.value })} />
                    {errors[`targets.${i}.progress.${j}.observedOn`] && <span className="field-error">{errors[`targets.${i}.progress.${j}.observedOn`]}</span>}
                  </td>
                  <td>
                    <input aria-label={`${label} ${t('editor.progressValue')} ${j + 1}`} aria-invalid={!!errors[`targets.${i}.progress.${j}.value`]} inputMode="decimal" size={8} value={p.value} onChange={(ev) => setProgress(p.key, { value: ev.target.value })} />
                    {tg.unit && <span className="muted"> {tg.unit}</span>}
                    {errors[`targets.${i}.progress.${j}.value`] && <span className="field-error">{errors[`targets.${i}.progress.${j}.value`]}</span>}
                  </td>
                  <td>
                    <input aria-label={`${label} ${t('editor.note')} ${j + 1}`} value={p.note} onChange={(ev) => setProgress(p.key, { note: ev.target.value })} />
                  </td>
                  <td>
                    <button type="button" className="icon-btn" aria-label={`${t('editor.removeItem')} ${t('editor.progress')} ${j + 1}`} onClick={() => set({ progress: tg.progress.filter((x) => x.key !== p.key) })}>
                      ×
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="row-actions">
          <button type="button" onClick={() => set({ progress: [...tg.progress, { key: newKey(), observedOn: '', value: '', sourceId: null, note: '' }] })}>
            + {t('editor.addProgress')}
          </button>
          <button type="button" className="link-btn danger-text" onClick={() => edit((d) => ({ ...d, targets: d.targets.filter((x) => x.key !== tg.key) }))}>
            {t('editor.removeItem')} {label}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
