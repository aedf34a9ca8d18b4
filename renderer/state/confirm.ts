import { create } from 'zustand';

export interface Ask {
  title: string;
  body?: string;
  confirm: string;
  danger?: boolean;
  resolve(ok: boolean): void;
}

/** The question on screen, if any (rendered by ConfirmHost). */
export const useConfirm = create<{ ask: Ask | null }>(() => ({ ask: null }));

/** An in-app confirm (the native one blocks the page and cannot be styled or translated). */
export function confirmAction(opts: Omit<Ask, 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => {
    // A second question replaces the first: the first one counts as cancelled.
    useConfirm.getState().ask?.resolve(false);
    useConfirm.setState({ ask: { ...opts, resolve } });
  });
}
