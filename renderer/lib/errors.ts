import i18next from 'i18next';
import { ApiError } from '../../api/client';

// The API refuses an argument with a reason code and the field's path
// (record.targets.0.metric); the UI words both in its own language.

/** The reason in the UI language, or null when the error carries none (then its message is all there is). */
export function reasonText(err: unknown): string | null {
  if (!(err instanceof ApiError) || !err.reason) return null;
  return i18next.t(`validation.${err.reason}`, { ns: 'common', ...(err.params ?? {}) });
}

// Record input names whose words live under editor.* (same names as the contract's fields).
const ITEM_FIELDS: Record<string, string> = { actorId: 'actor', toId: 'linkTarget', sourceId: 'citations', value: 'targetValue', observedOn: 'observedOn', start: 'citations', end: 'citations' };

/** A field path in words: record.targets.0.metric → 目标 1 · 指标; record.dateEnd → 结束（可选）. */
export function fieldWords(path: string): string {
  const parts = path.replace(/^(record|filter|view)\./, '').split('.');
  const words: string[] = [];
  parts.forEach((p, i) => {
    if (/^\d+$/.test(p)) {
      if (words.length) words[words.length - 1] += ` ${Number(p) + 1}`;
      return;
    }
    const key = i > 0 && ITEM_FIELDS[p] ? ITEM_FIELDS[p] : p === 'progress' && i > 0 ? 'progress' : p;
    words.push(i18next.t(`editor.${key}`, { defaultValue: i18next.t(`fields.${key}`, { ns: 'common', defaultValue: p }) }));
  });
  return words.join(' · ');
}
