import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../i18n/format';
import { run } from '../../lib/run';
import { usePrefs } from '../../state/prefs';
import { useTrash } from '../../state/trash';

export function TrashScreen() {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const { items, load, restore, purge } = useTrash();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => run(load), [load]);
  useEffect(() => setChosen(new Set()), [items]);
  const ids = [...chosen];
  const toggle = (id: string) =>
    setChosen((c) => {
      const n = new Set(c);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const purgeIds = (list: string[]) =>
    run(async () => {
      if (await confirmAction({ title: t('trash.purgeConfirm', { count: list.length }), confirm: t('trash.purge'), danger: true })) await purge(list);
    });
  return (
    <section className="screen" aria-labelledby="trash-title">
      <header className="screen-head">
        <h1 id="trash-title">{t('trash.title')}</h1>
        {items && <span className="muted">{t('common.total', { count: items.length })}</span>}
        {chosen.size > 0 && (
          <div className="head-actions" role="toolbar" aria-label={t('trash.selected', { count: chosen.size })}>
            <span>{t('trash.selected', { count: chosen.size })}</span>
            <button type="button" className="primary" onClick={() => run(() => restore(ids))}>{t('trash.restore')}</button>
            <button type="button" className="danger" onClick={() => purgeIds(ids)}>{t('trash.purge')}</button>
          </div>
        )}
      </header>
      {items && !items.length && <p className="empty">{t('trash.empty')}</p>}
      {!!items?.length && (
        <table className="data-table trash-table">
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label={t('common.all')}
                  checked={chosen.size === items.length}
                  onChange={() => setChosen(chosen.size === items.length ? new Set() : new Set(items.map((i) => i.id)))}
                />
              </th>
              <th scope="col">{t('trash.type')}</th>
              <th scope="col">{t('trash.item')}</th>
              <th scope="col">{t('trash.deletedAt')}</th>
              <th scope="col"><span className="sr-only">{t('common.more')}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((it) => (
              <tr key={it.id} className={chosen.has(it.id) ? 'selected' : undefined}>
                <td>
                  <input type="checkbox" aria-label={it.title} checked={chosen.has(it.id)} onChange={() => toggle(it.id)} />
                </td>
                <td>{t(`trash.kind.${it.kind}`)}</td>
                <td className="wrap">{it.title}</td>
                <td className="nowrap">{formatDateTime(it.deletedAt, lang)}</td>
                <td className="nowrap row-buttons">
                  <button type="button" onClick={() => run(() => restore([it.id]))} aria-label={`${t('trash.restore')} ${it.title}`}>{t('trash.restore')}</button>
                  <button type="button" className="danger" onClick={() => purgeIds([it.id])} aria-label={`${t('trash.purge')} ${it.title}`}>{t('trash.purge')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
