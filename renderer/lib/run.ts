import { toastError } from '../state/toasts';

/** Runs a store action from an event handler; failures become error toasts instead of unhandled rejections. */
export function run(fn: () => Promise<unknown> | unknown): void {
  try {
    const p = fn();
    if (p instanceof Promise) p.catch(toastError);
  } catch (err) {
    toastError(err);
  }
}
