import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../api/contract/common';
import type { RecordRow } from '../../api/contract/records';
import { formatDate } from '../i18n/format';
import { useDebouncedEffect } from '../lib/useDebounced';
import { findRecords } from '../state/lookup';
import { usePrefs } from '../state/prefs';
import { toastError } from '../state/toasts';

interface Props {
  label: string;
  onPick(r: RecordRow): void;
  kinds?: RecordKind[];
  exclude?: ReadonlySet<string>;
}

/** Type to find a record by title or text; most recently edited first when empty. */
export function RecordPicker({ label, onPick, kinds, exclude }: Props) {
  const { t } = useTranslation();
  const lang = usePrefs((s) => s.lang);
  const [text, setText] = useState('');
  const [rows, setRows] = useState<RecordRow[] | null>(null);
  const kindKey = kinds?.join(',');
  useEffect(() => {
    findRecords('', kinds).then(setRows, toastError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kindKey]);
  useDebouncedEffect(text, 150, (q) => findRecords(q, kinds).then(setRows, toastError));
  const shown = (rows ?? []).filter((r) => !exclude?.has(r.id));
  return (
    <div className="record-picker">
      <input type="search" aria-label={label} placeholder={t('picker.findRecord')} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
      <ul className="pick-list">
        {shown.map((r) => (
          <li key={r.id}>
            <button type="button" onClick={() => onPick(r)}>
              <span className={`kind-badge kind-${r.kind}`}>{t(`kindsShort.${r.kind}`)}</span>
              <span className="pick-title">{r.title}</span>
              <span className="muted">{formatDate(r.dateStart, lang)}</span>
            </button>
          </li>
        ))}
        {rows && !shown.length && <li className="muted">{t('picker.noMatch')}</li>}
      </ul>
    </div>
  );
}
