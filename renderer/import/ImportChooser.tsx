import { useState } from 'react';
import { MOD } from '../lib/shortcuts';
import { run } from '../lib/run';
import { useTranslation } from 'react-i18next';
import { platform } from '../platform';
import { CITATION_EXTENSIONS } from './lib/citation-files';
import { pickFiles } from './lib/pick-files';
import { BUNDLE_ACCEPT, useBundle } from './state/bundle';
import { useCitationImport } from './state/citations';
import { TABLE_ACCEPT, useTable } from './state/table';
import { importPasted, startImport } from './state/start';
import { useImportUi } from './state/ui';

/** The first step: choose files or a folder, or paste an article. */
export function ImportChooser() {
  const { t } = useTranslation('import');
  const setOpen = useImportUi((s) => s.setOpen);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <div className="import-chooser">
      <div className="row-actions">
        <button type="button" className="primary" onClick={() => run(async () => startImport(await pickFiles('files')))}>
          {t('chooseFiles')}
        </button>
        <button type="button" onClick={() => run(async () => startImport(await pickFiles('folder')))}>
          {t('chooseFolder')}
        </button>
      </div>
      <p className="muted import-help">{t('formats')}</p>
      <OneFileButton accept={BUNDLE_ACCEPT} open={(file) => useBundle.getState().open(file)} label={t('bundle.choose')} help={t('bundle.help')} />
      <OneFileButton accept={TABLE_ACCEPT} open={(file) => useTable.getState().open(file)} label={t('table.choose')} help={t('table.help')} />
      <p className="muted import-help">{t('dropHint')}</p>
      <h3 className="import-subhead">{t('citations.heading')}</h3>
      <div className="row-actions">
        <button
          type="button"
          onClick={() =>
            run(async () => {
              const files = await platform.files.chooseInPage({ accept: CITATION_EXTENSIONS });
              if (files?.length) await useCitationImport.getState().importFiles(files);
            })
          }
        >
          {t('citations.choose')}
        </button>
      </div>
      <p className="muted import-help">{t('citations.help')}</p>
      <label className="import-paste">
        <span>{t('pasteLabel')}</span>
        <textarea rows={6} value={text} placeholder={t('pastePlaceholder')} onChange={(e) => setText(e.target.value)} lang="zh-CN" />
      </label>
      <p className="muted import-help">{t('pasteAnywhere', { key: MOD })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => setOpen(false)}>{t('common.close')}</button>
        <button
          type="button"
          className="primary"
          disabled={!text.trim() || busy}
          onClick={() =>
            run(async () => {
              setBusy(true);
              try {
                if (await importPasted(text)) setText('');
              } finally {
                setBusy(false);
              }
            })
          }
        >
          {t('pasteImport')}
        </button>
      </div>
    </div>
  );
}

/** A button that reads one file in the page and opens it in its own preview (a bundle's, a table's mapping step). */
function OneFileButton(p: { accept: readonly string[]; open: (file: { name: string; base64: string }) => Promise<unknown>; label: string; help: string }) {
  return (
    <div className="row-actions import-bundle">
      <button
        type="button"
        onClick={() =>
          run(async () => {
            const file = await platform.files.readOne({ accept: p.accept });
            if (file) await p.open(file);
          })
        }
      >
        {p.label}
      </button>
      <span className="muted import-help">{p.help}</span>
    </div>
  );
}
