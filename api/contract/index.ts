import type { z } from 'zod';
import type { AnyCall, CallDef } from '../define';
import { actors } from './actors';
import { imports } from './imports';
import { app } from './app';
import { backups } from './backups';
import { exchange } from './exchange';
import { exportCalls } from './export';
import { records } from './records';
import { savedViews } from './saved-views';
import { search } from './search';
import { citations, sources } from './sources';
import { taxonomy } from './taxonomy';
import { trash } from './trash';
import { views } from './views';

/** Every call the renderer can make, by domain. The channel name is `domain.call`. */
export const contract = { app, records, sources, citations, search, taxonomy, views, actors, trash, imports, export: exportCalls, exchange, savedViews, backups };
export type Contract = typeof contract;
export type DomainName = keyof Contract;

type ResultOf<C> = C extends CallDef<z.ZodType, infer O> ? O : never;
export type ArgsOf<C> = C extends CallDef<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<C> = C extends CallDef<infer I, unknown> ? z.output<I> : never;

/** What the renderer holds: every call as an async function. */
export type Api = {
  [D in DomainName]: { [M in keyof Contract[D]]: (args: ArgsOf<Contract[D][M]>) => Promise<ResultOf<Contract[D][M]>> };
};

/** What the back end implements: every call given its validated arguments. */
export type Handlers = {
  [D in DomainName]: {
    [M in keyof Contract[D]]: (args: ParsedOf<Contract[D][M]>) => ResultOf<Contract[D][M]> | Promise<ResultOf<Contract[D][M]>>;
  };
};

export function findCall(channel: string): AnyCall | undefined {
  const [domain, name, extra] = channel.split('.');
  if (extra !== undefined || !Object.hasOwn(contract, domain)) return undefined;
  const calls = contract[domain as DomainName] as Record<string, AnyCall>;
  return Object.hasOwn(calls, name) ? calls[name] : undefined;
}

export const channels = (): string[] =>
  Object.entries(contract).flatMap(([d, calls]) => Object.keys(calls).map((c) => `${d}.${c}`));
