import i18next from 'i18next';
import { ApiError } from '../../api/client';
import { fieldWords, reasonText } from '../lib/errors';
import { create } from 'zustand';

export interface Toast {
  id: number;
  kind: 'info' | 'error';
  message: string;
  action?: { label: string; run(): void | Promise<void> };
}

interface ToastsState {
  toasts: Toast[];
  show(t: Omit<Toast, 'id'>, ms?: number): number;
  dismiss(id: number): void;
}

let next = 1;

export const useToasts = create<ToastsState>((set, get) => ({
  toasts: [],
  show(t, ms) {
    const id = next++;
    // Errors and undo offers stay longer: the user has to read them and may want to act.
    const life = ms ?? (t.kind === 'error' ? 12000 : t.action ? 10000 : 4000);
    set((s) => ({ toasts: [...s.toasts.slice(-4), { ...t, id }] }));
    setTimeout(() => get().dismiss(id), life);
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
}));

export const toast = (message: string, action?: Toast['action']) => useToasts.getState().show({ kind: 'info', message, action });
export const toastError = (err: unknown) => useToasts.getState().show({ kind: 'error', message: errorMessage(err) });

/** A message a researcher can read: the API's own message, or the error's, never "[object Object]". */
export function errorMessage(err: unknown): string {
  // fetch() rejects with a bare TypeError when the local server is gone (browser mode): say so.
  if (err instanceof TypeError && /fetch|network/i.test(err.message)) return i18next.t('errors.network', { message: err.message });
  // The state of the file (damaged, read-only, full disk) in the UI's language; the back end's words name paths and commands.
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'db-corrupt' || code === 'read-only' || code === 'disk-full' || code === 'io-error') return i18next.t(`backups:errors.${code}`);
  // A refused entry: the field and the reason in the UI language.
  const why = reasonText(err);
  if (why) return err instanceof ApiError && err.field ? `${fieldWords(err.field)}${i18next.language === 'zh' ? '：' : ': '}${why}` : why;
  if (err instanceof Error) return err.message || err.name;
  if (typeof err === 'string') return err;
  try {
    return JSON.stringify(err);
  } catch {
    return String(err);
  }
}
