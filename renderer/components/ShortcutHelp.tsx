import { useTranslation } from 'react-i18next';
import { GOTO_KEYS, MOD } from '../lib/shortcuts';
import { useUi } from '../state/ui';
import { Dialog } from './Dialog';

export function ShortcutHelp() {
  const { t } = useTranslation();
  const open = useUi((s) => s.help);
  const setHelp = useUi((s) => s.setHelp);
  const groups: [string, [string, string][]][] = [
    [
      t('shortcuts.groupGlobal'),
      [
        ['?', t('shortcuts.help')],
        [`${MOD} K`, t('shortcuts.palette')],
        ['N', t('shortcuts.newRecord')],
        ['/', t('shortcuts.focusFilter')],
        ...Object.entries(GOTO_KEYS).map(([k, s]): [string, string] => [`G ${k.toUpperCase()}`, t('shortcuts.goto', { screen: t(`nav.${s}`) })]),
        ['Esc', t('shortcuts.close')],
      ],
    ],
    [
      t('shortcuts.groupRecords'),
      [
        ['↑ ↓  J K', t('shortcuts.rowMove')],
        ['Enter', t('shortcuts.rowOpen')],
        ['X  Space', t('shortcuts.rowSelect')],
        [`${MOD} A`, t('shortcuts.selectAll')],
        [`${MOD} Shift C`, t('shortcuts.copyMarkdown')],
        ['Delete', t('shortcuts.rowDelete')],
      ],
    ],
    [t('shortcuts.groupEditor'), [[`${MOD} S`, t('shortcuts.save')], [`${MOD} Shift C`, t('shortcuts.copyMarkdown')]]],
  ];
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={() => setHelp(false)} className="help-dialog">
      <div className="help-groups">
        {groups.map(([name, keys]) => (
          <section key={name}>
            <h3>{name}</h3>
            <dl className="keys">
              {keys.map(([k, what]) => (
                <div key={k + what}>
                  <dt>
                    {k.split('  ').map((combo) => (
                      <kbd key={combo}>{combo}</kbd>
                    ))}
                  </dt>
                  <dd>{what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={() => setHelp(false)}>{t('common.close')}</button>
      </div>
    </Dialog>
  );
}
