import { useTranslation } from 'react-i18next';
import { confirmAction } from './ConfirmDialog';
import { run } from '../lib/run';
import { useApp } from '../state/app';
import { toast } from '../state/toasts';
import { ImportButton } from '../import/ImportButton';

/** What a new user sees on an empty database: what to do next, and the demo data one click away. */
export function EmptyState({ children }: { children?: React.ReactNode }) {
  const { t } = useTranslation();
  const running = useApp((s) => s.demoRunning);
  const loadDemo = useApp((s) => s.loadDemo);
  return (
    <div className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={running}
          onClick={() =>
            run(async () => {
              const r = await loadDemo((records) => confirmAction({ title: t('empty.demoMix', { count: records }), confirm: t('empty.demo') }));
              if (r) toast(t('empty.demoDone', r));
            })
          }
        >
          {running ? t('empty.demoLoading') : t('empty.demo')}
        </button>
        <ImportButton />
        {children}
      </div>
      {running && <progress aria-label={t('empty.demoLoading')} />}
    </div>
  );
}
