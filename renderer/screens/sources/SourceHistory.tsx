import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceDetail, SourceField, SourceVersion } from '../../../api/contract/sources';
import { formatDateTime } from '../../i18n/format';
import { usePrefs } from '../../state/prefs';
import { useSources } from '../../state/sources';
import { toastError } from '../../state/toasts';

const LABEL: Record<SourceField, string> = {
  title: 'sourceEdit.titleField', outlet: 'sourceEdit.outlet', reporter: 'sourceEdit.reporter', publishedAt: 'sourceEdit.published',
  url: 'sourceEdit.url', script: 'sourceEdit.script', notes: 'sourceEdit.notes',
};

/** Every change to the source, newest first: each field as it was and as it became; a re-clean with what it did to citations. */
export function SourceHistory({ source }: { source: SourceDetail }) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const load = useSources((s) => s.history);
  const [versions, setVersions] = useState<SourceVersion[] | null>(null);
  useEffect(() => {
    load(source.id).then(setVersions, toastError);
  }, [source.id, source.updatedAt, load]);
  const show = (k: SourceField, v: string | null | undefined) =>
    !v ? t('sourceEdit.empty') : k === 'script' ? t(`sourceEdit.scripts.${v as 'none'}`) : k === 'publishedAt' ? v.replace('T', ' ') : v;
  return (
    <section className="source-history" aria-labelledby="source-history-title">
      <h2 id="source-history-title">{t('sourceEdit.history')}</h2>
      {versions && !versions.length && <p className="muted">{t('sourceEdit.noHistory')}</p>}
      <ol>
        {versions?.map((v) => (
          <li key={v.seq}>
            <strong>{t(`sourceEdit.reasons.${v.reason}`)}</strong> <span className="muted">{formatDateTime(v.replacedAt, lang)}</span>
            {v.reason === 'reclean' ? (
              <p className="muted">
                {t('sourceEdit.bodyChars', { from: v.from.bodyChars, to: v.to.bodyChars })} · {t('sourceEdit.recleanStats', { reanchored: v.reanchored ?? 0, lost: v.unanchored ?? 0 })}
              </p>
            ) : (
              <dl>
                {(Object.keys(v.to) as SourceField[]).map((k) => (
                  <div key={k} style={{ display: 'contents' }}>
                    <dt>{t(LABEL[k] as 'sourceEdit.url')}</dt>
                    <dd>
                      <del>{show(k, v.from[k])}</del> → {show(k, v.to[k])}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
