import type { IpcMain } from 'electron';
import type { Handlers } from '../../api/contract';
import { dispatch, type Reply } from '../../api/dispatch';
import { invalidArgument, toErrorData } from '../../api/errors';
import { INVOKE_CHANNEL, OPEN_EXTERNAL_CHANNEL, SHELL_CHANNEL } from '../shared/channels';
import { isExternalHttpUrl } from '../shared/external-url';
import { shellInputs, type ShellHandlers } from '../shared/shell-contract';
import { isAppUrl } from './protocol';

/** What an IPC event tells about who sent it (the frame is null once it has gone). */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

/** Only our own pages (chainline://app/…), never a frame that navigated elsewhere, may use the channels. */
export function senderAllowed(event: SenderEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

const FORBIDDEN: Reply = { ok: false, error: { code: 'forbidden', message: 'IPC from an unexpected sender' } };

export type IpcHost = Pick<IpcMain, 'handle' | 'on'>;

/** A check of one call before dispatch: a refusal, or null to go ahead. */
export type CallGuard = (channel: string, args: unknown) => Reply | null;

/** The API contract over IPC: sender checked, the guard consulted, then api/dispatch validates the arguments. */
export function wireContract(ipc: IpcHost, handlers: () => Handlers, guard: CallGuard = () => null): void {
  ipc.handle(INVOKE_CHANNEL, async (event, channel: unknown, args: unknown): Promise<Reply> => {
    if (!senderAllowed(event)) return FORBIDDEN;
    if (typeof channel !== 'string') return { ok: false, error: { code: 'invalid-argument', message: 'channel must be a string' } };
    return guard(channel, args) ?? dispatch(handlers(), channel, args);
  });
}

/** Validates a shell action's argument with its schema and runs it, with errors as data like the contract's. */
export async function dispatchShell(handlers: ShellHandlers, action: unknown, raw: unknown): Promise<Reply> {
  if (typeof action !== 'string' || !Object.hasOwn(shellInputs, action)) {
    return { ok: false, error: { code: 'not-found', message: `no such shell action: ${String(action)}` } };
  }
  const name = action as keyof ShellHandlers;
  const parsed = shellInputs[name].safeParse(raw ?? {});
  if (!parsed.success) return { ok: false, error: invalidArgument(parsed.error) };
  try {
    const run = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, result: await run(parsed.data) };
  } catch (err) {
    return { ok: false, error: toErrorData(err) };
  }
}

export function wireShell(ipc: IpcHost, handlers: ShellHandlers): void {
  ipc.handle(SHELL_CHANNEL, async (event, action: unknown, args: unknown): Promise<Reply> => {
    if (!senderAllowed(event)) return FORBIDDEN;
    return dispatchShell(handlers, action, args);
  });
}

/** Links the user clicked (the preload only sends those): http(s) only, checked again here. */
export function wireOpenExternal(ipc: IpcHost, openExternal: (url: string) => Promise<void>): void {
  ipc.on(OPEN_EXTERNAL_CHANNEL, (event, url: unknown) => {
    if (!senderAllowed(event) || !isExternalHttpUrl(url)) return;
    openExternal(url).catch(() => {});
  });
}
