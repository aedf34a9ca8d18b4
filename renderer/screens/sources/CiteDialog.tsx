import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { RecordPicker } from '../../components/RecordPicker';
import { run } from '../../lib/run';
import { useSources } from '../../state/sources';

interface Props {
  passage: { start: number; end: number; text: string } | null;
  onClose(): void;
}

/** "引用到…": choose the record that this passage supports. */
export function CiteDialog({ passage, onClose }: Props) {
  const { t } = useTranslation();
  const cite = useSources((s) => s.cite);
  return (
    <Dialog open={!!passage} title={t('sources.citeTitle')} onClose={onClose} className="cite-dialog">
      {passage && (
        <>
          <blockquote className="cite-preview">{passage.text}</blockquote>
          <RecordPicker
            label={t('picker.records')}
            onPick={(r) =>
              run(async () => {
                await cite(r.id, r.title, passage.start, passage.end);
                onClose();
              })
            }
          />
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>{t('common.cancel')}</button>
          </div>
        </>
      )}
    </Dialog>
  );
}
