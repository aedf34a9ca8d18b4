import { useTranslation } from 'react-i18next';
import { CloseButton } from './CloseButton';
import type { BundlePlan, MergeConflict, MergeItem } from '../../api/contract/exchange';
import { run } from '../lib/run';
import { useBundle } from './state/bundle';

// What a bundle will do, before it does it: per group the records by title,
// conflicts open with which version won and where the other one is.

const SHOWN = 200;
const GROUPS = ['added', 'updated', 'conflicts', 'trashed', 'unchanged'] as const;
type Group = (typeof GROUPS)[number];

function conflictKey(c: MergeConflict) {
  if (c.why === 'deleted-here') return 'bundle.conflict.deletedHere' as const;
  if (c.why === 'deleted-there') return 'bundle.conflict.deletedThere' as const;
  return c.kept === 'incoming' ? ('bundle.conflict.bothIncoming' as const) : ('bundle.conflict.bothLocal' as const);
}

function Titles({ items, conflicts }: { items: MergeItem[]; conflicts?: boolean }) {
  const { t } = useTranslation('import');
  return (
    <ul className="bundle-titles">
      {items.slice(0, SHOWN).map((r) => (
        <li key={r.id}>
          <span className="bundle-title" lang="zh-CN">{r.title}</span>
          {conflicts && (r as MergeConflict).otherTitle && (
            <span className="bundle-why">
              {t('bundle.otherTitle')}<span lang="zh-CN">{(r as MergeConflict).otherTitle}</span>
            </span>
          )}
          {conflicts && <span className="bundle-why">{t(conflictKey(r as MergeConflict))}</span>}
        </li>
      ))}
      {items.length > SHOWN && <li className="muted">{t('bundle.more', { n: items.length - SHOWN })}</li>}
    </ul>
  );
}

function PlanGroups({ plan }: { plan: BundlePlan }) {
  const { t } = useTranslation('import');
  const r = plan.records;
  return (
    <div className="bundle-groups">
      {GROUPS.map((g: Group) => {
        const head = (
          <>
            <span className="bundle-count">{r[g].length}</span> <strong>{t(`bundle.groups.${g}`)}</strong> <span className="muted">{t(`bundle.groupHelp.${g}`)}</span>
          </>
        );
        // An empty group is one line, nothing to open.
        if (!r[g].length) return <div key={g} className={`bundle-group empty ${g}`}><div className="bundle-head">{head}</div></div>;
        return (
          <details key={g} className={`bundle-group ${g}`} open={g === 'conflicts' || (g !== 'unchanged' && r[g].length <= 20)}>
            <summary>{head}</summary>
            <Titles items={r[g]} conflicts={g === 'conflicts'} />
          </details>
        );
      })}
      <p className="muted bundle-refs">
        {t('bundle.refs', {
          sa: plan.sources.added, sm: plan.sources.matched, su: plan.sources.updated, ca: plan.chains.added, ra: plan.regions.added, aa: plan.actors.added, ta: plan.tags.added,
        })}
      </p>
      {plan.droppedLinks > 0 && <p className="muted bundle-refs">{t('bundle.droppedLinks', { n: plan.droppedLinks })}</p>}
    </div>
  );
}

/** The bundle's steps inside the import dialog: reading, preview with Import, merging, the summary. */
export function BundlePreview() {
  const { t } = useTranslation('import');
  const { phase, preview, applied, error, apply, reset } = useBundle();
  const shown = applied ?? preview;
  const r = shown?.plan.records;
  const nothingNew = r && !r.added.length && !r.updated.length && !r.trashed.length && !r.conflicts.some((c) => c.kept === 'incoming');
  return (
    <section className="bundle-preview" aria-busy={phase === 'reading' || phase === 'applying'}>
      {shown && (
        <p className="bundle-file">
          <strong>{shown.fileName}</strong> <span className="muted">{t('bundle.made', { date: shown.exportedAt.slice(0, 10), version: shown.appVersion })}</span>
        </p>
      )}
      {phase === 'reading' && <p>{t('bundle.reading')}</p>}
      {phase === 'applying' && <p>{t('bundle.applying')}</p>}
      {phase === 'failed' && <p className="bundle-error" role="alert">{t('bundle.failed', { reason: error ?? '' })}</p>}
      {phase === 'done' && applied && (
        <div className="bundle-done" role="status">
          <p className="import-done">
            {t('bundle.done', { added: r!.added.length, updated: r!.updated.length, conflicts: r!.conflicts.length, trashed: r!.trashed.length })}
          </p>
          {applied.backup && <p className="muted">{t('bundle.backup', { name: applied.backup })}</p>}
        </div>
      )}
      {(phase === 'preview' || phase === 'done') && shown && <PlanGroups plan={shown.plan} />}
      {phase === 'preview' && nothingNew && <p className="muted">{t('bundle.nothingNew')}</p>}
      <div className="dialog-actions">
        {phase === 'preview' && (
          <>
            <button type="button" onClick={reset}>{t('bundle.back')}</button>
            <button type="button" className="primary" onClick={() => run(apply)}>{t('bundle.import')}</button>
          </>
        )}
        {phase === 'failed' && <button type="button" onClick={reset}>{t('bundle.back')}</button>}
        {phase === 'done' && (
          <CloseButton reset={reset} />
        )}
      </div>
    </section>
  );
}
