import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECORD_KINDS, STATUSES } from '../../../api/contract/common';
import type { RecordFilter } from '../../../api/contract/filters';
import { ActorPicker } from '../../components/ActorPicker';
import { ChipInput } from '../../components/ChipInput';
import { Popover } from '../../components/Popover';
import { TreePicker } from '../../components/TreePicker';
import { understoodDate } from '../../lib/dates';
import { useDebouncedEffect } from '../../lib/useDebounced';
import { isFiltering, useFilters } from '../../state/filters';
import { usePrefs } from '../../state/prefs';
import { useTaxonomy } from '../../state/taxonomy';

type ArrayKey = 'kinds' | 'statuses';

function Toggles<K extends ArrayKey>({ k, options, label }: { k: K; options: readonly NonNullable<RecordFilter[K]>[number][]; label: string }) {
  const { t } = useTranslation();
  const value = (useFilters((s) => s.filter[k]) ?? []) as string[];
  const setFilter = useFilters((s) => s.setFilter);
  const labelKey = k === 'kinds' ? 'kindsShort' : 'statuses';
  return (
    <fieldset className="toggles">
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o} className={value.includes(o) ? 'on' : undefined}>
          <input
            type="checkbox"
            checked={value.includes(o)}
            onChange={() => setFilter({ [k]: value.includes(o) ? value.filter((v) => v !== o) : [...value, o] })}
          />
          {t(`${labelKey}.${o}` as 'kindsShort.meeting')}
        </label>
      ))}
    </fieldset>
  );
}

/** A date bound: applied only once it is a valid partial date (or empty), so typing "202" does not query. */
function DateBound({ k, label }: { k: 'from' | 'to'; label: string }) {
  const { t } = useTranslation();
  const value = useFilters((s) => s.filter[k]) ?? '';
  const setFilter = useFilters((s) => s.setFilter);
  const [text, setText] = useState(value);
  const read = text.trim() ? understoodDate(text.trim()) : null;
  // The filter holds the canonical form (2024年6月 → 2024-06); the box keeps what was typed unless the filter changed elsewhere.
  useEffect(() => setText((typed) => (understoodDate(typed.trim()) === (value || null) ? typed : value)), [value]);
  const bad = text.trim() !== '' && read === null;
  return (
    <label className="date-bound">
      <span>{label}</span>
      <input
        value={text}
        size={8}
        placeholder={t('filters.datePlaceholder')}
        aria-invalid={bad}
        title={bad ? t('filters.dateInvalid') : undefined}
        onChange={(e) => {
          const v = e.target.value;
          setText(v);
          const understood = v.trim() ? understoodDate(v.trim()) : null;
          if (!v.trim() || understood) setFilter({ [k]: understood ?? undefined });
        }}
      />
    </label>
  );
}

export function FilterBar() {
  const { t } = useTranslation();
  const filter = useFilters((s) => s.filter);
  const setFilter = useFilters((s) => s.setFilter);
  const reset = useFilters((s) => s.reset);
  const { chains, regions, tags, instruments } = useTaxonomy();
  const lang = usePrefs((s) => s.lang);
  const actorNames = usePrefs((s) => s.actorNames);
  const rememberActor = usePrefs((s) => s.rememberActor);
  const [text, setText] = useState(filter.text ?? '');
  useEffect(() => setText(filter.text ?? ''), [filter.text]);
  // Answers while typing: the query runs once the keys pause, not on every key.
  useDebouncedEffect(text, 180, (v) => v !== (filter.text ?? '') && setFilter({ text: v.trim() || undefined }));

  return (
    <form className="filter-bar" role="search" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      <label className="filter-text">
        <span className="sr-only">{t('fields.text')}</span>
        <input id="filter-text" type="search" placeholder={t('filters.textPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} aria-keyshortcuts="/" />
      </label>
      <Toggles k="kinds" options={RECORD_KINDS} label={t('fields.kind')} />
      <div className="filter-field">
        <span className="filter-label" aria-hidden="true">{t('fields.chains')}</span>
        <TreePicker label={t('fields.chains')} tree={chains} value={(filter.chains ?? []) as string[]} onChange={(ids) => setFilter({ chains: ids })} />
      </div>
      <div className="filter-field">
        <span className="filter-label" aria-hidden="true">{t('fields.regions')}</span>
        <TreePicker label={t('fields.regions')} tree={regions} value={(filter.regions ?? []) as string[]} onChange={(ids) => setFilter({ regions: ids })} />
      </div>
      <div className="filter-field">
        <span className="filter-label" aria-hidden="true">{t('fields.tags')}</span>
        <ChipInput label={t('fields.tags')} value={filter.tags ?? []} onChange={(v) => setFilter({ tags: v })} suggestions={tags.map((x) => x.name)} placeholder={t('filters.addTag')} />
        {(filter.tags?.length ?? 0) > 1 && (
          <select aria-label={t('filters.tagMode')} value={filter.tagMode ?? 'any'} onChange={(e) => setFilter({ tagMode: e.target.value === 'all' ? 'all' : undefined })}>
            <option value="any">{t('filters.tagAny')}</option>
            <option value="all">{t('filters.tagAll')}</option>
          </select>
        )}
      </div>
      <div className="filter-field">
        <span className="filter-label" aria-hidden="true">{t('fields.actors')}</span>
        <div className="tree-picker" role="group" aria-label={t('fields.actors')}>
          {(filter.actors ?? []).map((id) => (
            <span key={id} className="chip">
              {actorNames[id] ?? id.slice(0, 8)}
              <button type="button" className="chip-x" aria-label={`${t('common.remove')} ${actorNames[id] ?? ''}`} onClick={() => setFilter({ actors: filter.actors!.filter((a) => a !== id) })}>
                ×
              </button>
            </span>
          ))}
          <Popover label={(filter.actors ?? []).length ? '+' : t('filters.pick')} ariaLabel={`${t('fields.actors')}: ${t('filters.pick')}`}>
            {(close) => (
              <ActorPicker
                label={t('fields.actors')}
                exclude={new Set(filter.actors ?? [])}
                onPick={(a) => {
                  rememberActor(a.id, a.name);
                  setFilter({ actors: [...(filter.actors ?? []), a.id] });
                  close();
                }}
              />
            )}
          </Popover>
        </div>
      </div>
      <Toggles k="statuses" options={STATUSES} label={t('fields.status')} />
      <label className="filter-field">
        <span className="filter-label">{t('fields.instrument')}</span>
        <select
          value={filter.instruments?.[0] ?? ''}
          onChange={(e) => setFilter({ instruments: e.target.value ? [e.target.value] : undefined })}
        >
          <option value="">{t('filters.anyInstrument')}</option>
          {[...new Set(instruments.map((i) => i.category))].map((cat) => {
            const group = instruments.filter((i) => i.category === cat);
            return (
              <optgroup key={cat} label={lang === 'en' ? group[0].categoryEn : group[0].categoryZh}>
                {group.map((i) => (
                  <option key={i.code} value={i.code}>
                    {lang === 'en' ? i.en : i.zh}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </label>
      <DateBound k="from" label={t('fields.from')} />
      <DateBound k="to" label={t('fields.to')} />
      {isFiltering(filter) && (
        <button type="button" className="link-btn" onClick={reset}>
          {t('filters.reset')}
        </button>
      )}
    </form>
  );
}
