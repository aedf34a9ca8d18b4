import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  value: readonly string[];
  onChange(values: string[]): void;
  suggestions?: readonly string[];
  placeholder?: string;
  /** Input id, so a <label> elsewhere or a shortcut can reach it. */
  id?: string;
}

/** Free words as chips (tags, aliases): Enter or a comma adds, Backspace on empty removes the last. */
export function ChipInput({ label, value, onChange, suggestions = [], placeholder, id }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const listId = useId();
  const add = (raw: string) => {
    const words = raw.split(/[,，、;；\n]/).map((w) => w.trim()).filter(Boolean);
    const next = [...value];
    for (const w of words) if (!next.includes(w)) next.push(w);
    if (next.length !== value.length) onChange(next);
    setText('');
  };
  return (
    <div className="chip-input" role="group" aria-label={label}>
      {value.map((v) => (
        <span key={v} className="chip">
          {v}
          <button type="button" className="chip-x" aria-label={`${t('common.remove')} ${v}`} onClick={() => onChange(value.filter((x) => x !== v))}>
            ×
          </button>
        </span>
      ))}
      <input
        id={id}
        aria-label={label}
        list={suggestions.length ? listId : undefined}
        value={text}
        placeholder={placeholder}
        onChange={(e) => {
          const v = e.target.value;
          // Choosing from the datalist fills the whole word at once: take it as a chip.
          if (suggestions.includes(v)) add(v);
          else if (/[,，、;；]$/.test(v)) add(v);
          else setText(v);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && text.trim()) {
            e.preventDefault();
            add(text);
          } else if (e.key === 'Backspace' && !text && value.length) {
            onChange(value.slice(0, -1));
          }
        }}
        onBlur={() => text.trim() && add(text)}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions.slice(0, 200).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </div>
  );
}
