import { resultOf } from '../../api/client';
import type { Reply } from '../../api/errors';
import type { Bridge } from '../shared/bridge';
import { INVOKE_CHANNEL, NOTICE_CHANNEL, NOTICES, SHELL_ACTIONS, SHELL_CHANNEL, type Notice, type NoticeKind, type ShellAction } from '../shared/channels';
import type { ShellApi } from '../shared/shell-contract';

export type { Bridge, Notice };

/** The part of ipcRenderer the bridge uses; the bridge never hands it out. */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function isReply(value: unknown): value is Reply {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Channels of invoke that name a shell action rather than a contract call. */
export const SHELL_PREFIX = 'shell.';

/**
 * Builds what the preload exposes. Every member is a plain function closing
 * over ipc: the page can call our channels with our argument order, and
 * nothing else (no ipcRenderer, no event objects, no arbitrary channel).
 */
export function createBridge(ipc: BridgeIpc): Bridge {
  const callShell = async (action: ShellAction, args: unknown): Promise<unknown> => {
    const reply = await ipc.invoke(SHELL_CHANNEL, action, args);
    if (!isReply(reply)) throw new Error(`${action}: no reply`);
    // An ApiError like the contract's, so a refusal keeps its code and field.
    return resultOf(reply);
  };
  const shell = Object.fromEntries(SHELL_ACTIONS.map((a) => [a, (args?: unknown) => callShell(a, args)])) as ShellApi;
  return {
    platform: 'electron',
    invoke: async (channel, args) => {
      // "shell.<action>" reaches the shell actions with the reply as data: contextBridge copies a
      // thrown error's message only, so code and field would be lost if `shell` threw across it.
      const reply = channel.startsWith(SHELL_PREFIX)
        ? await ipc.invoke(SHELL_CHANNEL, channel.slice(SHELL_PREFIX.length), args)
        : await ipc.invoke(INVOKE_CHANNEL, channel, args);
      return isReply(reply) ? reply : { ok: false, error: { code: 'internal', message: 'no reply from the main process' } };
    },
    exportPdf: (view) => shell.exportPdf({ view }),
    shell,
    onNotice: (listener) => {
      // The IPC event carries `sender` (the ipcRenderer itself): only the payload crosses.
      const relay = (_event: unknown, notice: unknown) => {
        const n = notice as Partial<Notice> | null;
        if (n && typeof n === 'object' && NOTICES.includes(n.kind as NoticeKind)) listener({ kind: n.kind as NoticeKind, ...(n.counts ? { counts: { ...n.counts } } : {}) });
      };
      ipc.on(NOTICE_CHANNEL, relay);
      return () => void ipc.removeListener(NOTICE_CHANNEL, relay);
    },
  };
}
