import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Highlighted } from './Highlighted';
import { Dialog } from './Dialog';
import { formatDate } from '../i18n/format';
import { useNav } from '../state/nav';
import { usePrefs } from '../state/prefs';
import { SCREENS } from '../state/route';
import { usePaletteSearch } from '../state/search';
import { useUi } from '../state/ui';

interface Item {
  key: string;
  group: string;
  label: ReactNode;
  text: string;
  detail?: string;
  run(): void;
}

/** Ctrl/Cmd+K: search records and sources, or run a command, without leaving the keyboard. */
export function Palette() {
  const { t } = useTranslation();
  const open = useUi((s) => s.palette);
  const setPalette = useUi((s) => s.setPalette);
  const { query, result, setQuery } = usePaletteSearch();
  const go = useNav((s) => s.go);
  const lang = usePrefs((s) => s.lang);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    if (open) setQuery('');
  }, [open, setQuery]);

  const close = () => setPalette(false);
  const items = useMemo<Item[]>(() => {
    const prefs = usePrefs.getState();
    const commands: Item[] = [
      ...SCREENS.map((s) => ({ key: `go-${s}`, group: t('palette.commands'), text: t('shortcuts.goto', { screen: t(`nav.${s}`) }), run: () => go({ screen: s }) })),
      { key: 'new', group: t('palette.commands'), text: t('records.new'), run: () => go({ screen: 'record', id: 'new' }) },
      { key: 'theme', group: t('palette.commands'), text: t('palette.toggleTheme'), run: () => prefs.setTheme(document.documentElement.dataset.theme === 'dark' ? 'light' : 'dark') },
      { key: 'lang', group: t('palette.commands'), text: t('palette.switchLang'), run: () => prefs.setLang(prefs.lang === 'zh' ? 'en' : 'zh') },
      { key: 'help', group: t('palette.commands'), text: t('shortcuts.help'), run: () => useUi.getState().setHelp(true) },
    ].map((c) => ({ ...c, label: c.text }));
    const q = query.trim().toLowerCase();
    const cmds = q ? commands.filter((c) => c.text.toLowerCase().includes(q)) : commands;
    const recs: Item[] = (result?.records.hits ?? []).map((h) => ({
      key: `r-${h.id}`,
      group: t('palette.records'),
      label: <Highlighted h={h.title} />,
      text: '',
      detail: [t(`kindsShort.${h.kind}`), formatDate(h.dateStart, lang)].filter(Boolean).join(' · '),
      run: () => go({ screen: 'record', id: h.id }),
    }));
    const srcs: Item[] = (result?.sources.hits ?? []).map((h) => ({
      key: `s-${h.id}`,
      group: t('palette.sources'),
      label: <Highlighted h={h.title} />,
      text: '',
      detail: [h.outlet, h.publishedAt?.slice(0, 10)].filter(Boolean).join(' · '),
      run: () =>
        go({
          screen: 'sources',
          id: h.id,
          ...(h.snippet.firstHit >= 0 ? { at: h.snippet.firstHit, end: h.snippet.firstHit + (h.snippet.segments.find((s) => s.hit)?.text.length ?? 1) } : {}),
        }),
    }));
    const all: Item[] = q
      ? [...recs, ...srcs, ...cmds, { key: 'all', group: t('palette.commands'), label: t('palette.allResults'), text: '', run: () => go({ screen: 'search', q: query }) }]
      : cmds;
    return all;
  }, [query, result, t, go, lang]);

  useEffect(() => setActive(0), [items.length, query]);

  const choose = (it: Item | undefined) => {
    if (!it) return;
    close();
    it.run();
  };

  return (
    <Dialog open={open} title={t('palette.label')} onClose={close} className="palette">
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={items[active] ? `${listId}-${active}` : undefined}
        aria-label={t('palette.label')}
        placeholder={t('palette.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(items.length - 1, a + 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
          else if (e.key === 'Enter') choose(items[active]);
          else return;
          e.preventDefault();
        }}
      />
      <ul id={listId} role="listbox" className="palette-list" aria-label={t('palette.label')}>
        {items.map((it, i) => (
          <li
            key={it.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseMove={() => setActive(i)}
            onClick={() => choose(it)}
          >
            <span className="palette-group">{it.group}</span>
            <span className="palette-label">{it.label}</span>
            {it.detail && <span className="palette-detail">{it.detail}</span>}
          </li>
        ))}
      </ul>
      <p className="palette-hint muted">{t('palette.hint')}</p>
    </Dialog>
  );
}
