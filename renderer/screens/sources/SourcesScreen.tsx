import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ImportButton } from '../../import/ImportButton';
import { useSources } from '../../state/sources';
import { SourceList } from './SourceList';
import { SourceReader } from './SourceReader';
import { SourceSide } from './SourceSide';

interface Props {
  id?: string;
  at?: number;
  end?: number;
}

/** The library: list on the left, the article in the middle, its citations and notes on the right. */
export function SourcesScreen({ id, at, end }: Props) {
  const { t } = useTranslation();
  const { current, currentError, open, total, text } = useSources();
  useEffect(() => {
    void open(id);
  }, [id, open]);
  useEffect(() => useSources.getState().reload(), []);

  return (
    <section className="screen sources-screen" aria-labelledby="sources-title">
      <header className="screen-head">
        <h1 id="sources-title">{t('sources.title')}</h1>
        <div className="head-actions">
          <ImportButton />
        </div>
      </header>
      {total === 0 && !text ? (
        <>
          <p className="empty">{t('sources.empty')}</p>
          <EmptyState />
        </>
      ) : (
        <div className={`sources-layout${current && current.id === id ? '' : ' no-side'}`}>
          <SourceList currentId={id} />
          {/* Focusable so the article scrolls from the keyboard. */}
          <div className="reader-pane" tabIndex={0} role="region" aria-label={current?.title ?? t('sources.reading')}>
            {currentError && <p role="alert" className="error">{currentError}</p>}
            {!id && <p className="empty">{t('sources.select')}</p>}
            {current && current.id === id && <SourceReader source={current} at={at} end={end} />}
          </div>
          {current && current.id === id && <SourceSide source={current} />}
        </div>
      )}
    </section>
  );
}
