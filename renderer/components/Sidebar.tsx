import { useTranslation } from 'react-i18next';
import { MOD } from '../lib/shortcuts';
import { useNav } from '../state/nav';
import { usePrefs, type Theme } from '../state/prefs';
import { routeToHash, screenOf, SCREENS } from '../state/route';
import { useUi } from '../state/ui';
import { LastBackup } from './DbBanner';

const ICON: Record<(typeof SCREENS)[number], string> = {
  records: '☰', timeline: '↔', sources: '❝', search: '⌕', dashboard: '▥', taxonomies: '⋔', actors: '☺', trash: '⌫', backups: '⛁',
};

export function Sidebar() {
  const { t } = useTranslation();
  const current = useNav((s) => screenOf(s.route));
  const go = useNav((s) => s.go);
  const { lang, theme, setLang, setTheme } = usePrefs();
  const ui = useUi();
  return (
    <nav className="sidebar" aria-label={t('nav.label')}>
      <div className="brand">
        {t('app.name')} <span>{t('app.tagline')}</span>
      </div>
      <button type="button" className="palette-btn" onClick={() => ui.setPalette(true)}>
        <span aria-hidden="true">⌕</span> {t('common.search')}… <kbd>{MOD} K</kbd>
      </button>
      <ul className="nav-list">
        {SCREENS.map((s) => (
          <li key={s}>
            <a
              href={routeToHash({ screen: s })}
              aria-current={current === s ? 'page' : undefined}
              onClick={(e) => {
                e.preventDefault();
                go({ screen: s });
              }}
            >
              <span className="nav-icon" aria-hidden="true">{ICON[s]}</span>
              {t(`nav.${s}`)}
            </a>
          </li>
        ))}
      </ul>
      <div className="sidebar-foot">
        <LastBackup />
        <button type="button" className="lang-switch" lang={lang === 'zh' ? 'en' : 'zh-CN'} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          {t('lang.switchTo')}
        </button>
        <label className="theme-pick">
          <span>{t('theme.label')}</span>
          <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            {(['system', 'light', 'dark'] as const).map((v) => (
              <option key={v} value={v}>{t(`theme.${v}`)}</option>
            ))}
          </select>
        </label>
        <button type="button" className="help-btn" onClick={() => ui.setHelp(true)} aria-keyshortcuts="?">
          {t('shortcuts.title')} <kbd>?</kbd>
        </button>
      </div>
    </nav>
  );
}
