import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { dispatch, type Reply } from '../../api/dispatch';
import type { Handlers } from '../../api/contract';

export const IPC_CHANNEL = 'chainline:invoke';

/** Only our own windows, showing our own page, may call the back end. */
export function senderAllowed(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, appUrlPrefix: string): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(appUrlPrefix);
}

export function wireIpc(ipcMain: IpcMain, handlers: () => Handlers, appUrlPrefix: string): void {
  ipcMain.handle(IPC_CHANNEL, async (event, channel: unknown, args: unknown): Promise<Reply> => {
    if (!senderAllowed(event, appUrlPrefix)) return { ok: false, error: { code: 'forbidden', message: 'IPC from an unexpected sender' } };
    if (typeof channel !== 'string') return { ok: false, error: { code: 'invalid-argument', message: 'channel must be a string' } };
    return dispatch(handlers(), channel, args);
  });
}
