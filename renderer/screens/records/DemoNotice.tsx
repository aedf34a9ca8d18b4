import { useTranslation } from 'react-i18next';
import { confirmAction } from '../../components/ConfirmDialog';
import { run } from '../../lib/run';
import { useApp } from '../../state/app';
import { toast } from '../../state/toasts';

/** Demo data among the records: said, with a way to take it out again (to the trash, restorable). */
export function DemoNotice() {
  const { t } = useTranslation();
  const demo = useApp((s) => s.info?.counts.demo ?? 0);
  const removeDemo = useApp((s) => s.removeDemo);
  if (!demo) return null;
  return (
    <p className="demo-notice" role="note">
      {t('records.demoNotice', { count: demo })}
      <button
        type="button"
        className="link-btn"
        onClick={() =>
          run(async () => {
            if (!(await confirmAction({ title: t('records.demoRemoveConfirm', { count: demo }), confirm: t('records.demoRemove'), danger: true }))) return;
            const r = await removeDemo();
            toast(t('records.demoRemoved', { count: r.records }));
          })
        }
      >
        {t('records.demoRemove')}
      </button>
    </p>
  );
}
