import { useEffect, useState } from 'react';
import { Dialog } from '../components/Dialog';
import { run } from '../lib/run';
import { useTranslation } from 'react-i18next';
import { useDrafting } from './state/drafting';

/** The confirm step before a draft opens: which of the people the article names become actors. */
export function NewPeopleDialog() {
  const { t } = useTranslation('import');
  const pending = useDrafting((s) => s.pending);
  const confirm = useDrafting((s) => s.confirm);
  const dismiss = useDrafting((s) => s.dismiss);
  const [ticked, setTicked] = useState<boolean[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => setTicked(pending ? pending.people.map(() => true) : []), [pending]);
  const people = pending?.people ?? [];
  const go = (chosen: typeof people) =>
    run(async () => {
      setSaving(true);
      try {
        await confirm(chosen);
      } finally {
        setSaving(false);
      }
    });
  return (
    <Dialog open={!!pending} title={t('people.title')} onClose={dismiss} className="new-people-dialog">
      <p>{t('people.intro')}</p>
      <ul className="new-people">
        {people.map((p, i) => (
          <li key={p.name}>
            <label>
              <input type="checkbox" checked={ticked[i] ?? true} onChange={(e) => setTicked(ticked.map((v, j) => (j === i ? e.target.checked : v)))} />
              <strong>{p.name}</strong> <span className="muted">{p.post}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" disabled={saving} onClick={() => go([])}>{t('people.skip')}</button>
        <button type="button" className="primary" disabled={saving} onClick={() => go(people.filter((_, i) => ticked[i] ?? true))}>
          {t('people.add')}
        </button>
      </div>
    </Dialog>
  );
}
