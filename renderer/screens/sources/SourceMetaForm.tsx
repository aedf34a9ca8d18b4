import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { SCRIPTS, type SourceDetail, type SourceField } from '../../../api/contract/sources';
import { Field } from '../../components/Field';
import { useSources, type SourceEdit } from '../../state/sources';
import { errorMessage } from '../../state/toasts';

type Fields = Record<Exclude<SourceField, 'notes'>, string>;

const fieldsOf = (s: SourceDetail): Fields => ({
  title: s.title, outlet: s.outlet, reporter: s.reporter, publishedAt: (s.publishedAt ?? '').replace('T', ' '), url: s.url, script: s.script,
});

/** Corrects what import read about a source: title, outlet, reporter, publish time, URL, script. */
export function SourceMetaForm({ source, onDone }: { source: SourceDetail; onDone(): void }) {
  const { t } = useTranslation();
  const saveMeta = useSources((s) => s.saveMeta);
  const initial = fieldsOf(source);
  const [f, setF] = useState<Fields>(initial);
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const errFor = (k: string) => (error?.field === k ? error.message : undefined);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const changed = (Object.keys(f) as (keyof Fields)[]).filter((k) => f[k] !== initial[k]);
      const out: Record<string, string | null> = {};
      for (const k of changed) out[k] = k === 'publishedAt' ? f[k].trim() || null : f[k];
      if (changed.length) await saveMeta(out as SourceEdit);
      onDone();
    } catch (err) {
      setError({ field: err instanceof ApiError ? err.field : undefined, message: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };

  const text = (k: keyof Fields, label: string, hint?: string, span?: string) => (
    <Field label={label} error={errFor(k)} hint={hint} className={span}>
      {({ id, describedBy, invalid }) => <input id={id} value={f[k]} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setF({ ...f, [k]: e.target.value })} />}
    </Field>
  );

  return (
    <form
      className="source-edit"
      aria-label={t('sourceEdit.edit')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="form-grid">
        {text('title', t('sourceEdit.titleField'), undefined, 'span-all')}
        {text('outlet', t('sourceEdit.outlet'))}
        {text('reporter', t('sourceEdit.reporter'))}
        {text('publishedAt', t('sourceEdit.published'), t('sourceEdit.publishedHint'))}
        <Field label={t('sourceEdit.script')} error={errFor('script')}>
          {({ id }) => (
            <select id={id} value={f.script} onChange={(e) => setF({ ...f, script: e.target.value })}>
              {SCRIPTS.map((s) => (
                <option key={s} value={s}>{t(`sourceEdit.scripts.${s}`)}</option>
              ))}
            </select>
          )}
        </Field>
        {text('url', t('sourceEdit.url'), undefined, 'span-all')}
      </div>
      {error && !Object.keys(f).includes(error.field ?? '') && <p role="alert" className="error">{error.message}</p>}
      <div className="row-actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? t('common.saving') : t('common.save')}</button>
        <button type="button" onClick={onDone}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
