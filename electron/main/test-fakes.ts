// Stand-ins for the Electron objects the main-process modules receive. They
// record what the module did with them and let a test fire the events
// Electron would fire; the modules themselves run unchanged.
import { EventEmitter } from 'node:events';

/** Electron's preventable event: what listeners call, and what the test reads back. */
export class FakeEvent {
  defaultPrevented = false;
  constructor(readonly url?: string) {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

type OpenHandler = (details: { url: string; frameName: string; features: string; disposition: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: OpenHandler | null = null;
  loaded: string[] = [];
  sent: { channel: string; args: unknown[] }[] = [];
  setWindowOpenHandler(handler: OpenHandler): void {
    this.windowOpenHandler = handler;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
}

/** Fires a preventable event the way Electron does and says whether a listener prevented it. */
export function fire(target: EventEmitter, name: string, ...args: unknown[]): FakeEvent {
  const event = new FakeEvent();
  target.emit(name, event, ...args);
  return event;
}

/** Hands a stand-in to a function typed for the real Electron object. */
export function asElectron<T>(fake: object): T {
  return fake as unknown as T;
}
