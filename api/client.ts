import type { ApiErrorData, Reply } from './errors';
import type { Api } from './contract';

/** Carries a back-end error to the caller with its code and field intact. */
export class ApiError extends Error {
  readonly code: ApiErrorData['code'];
  readonly field?: string;
  readonly reason?: ApiErrorData['reason'];
  readonly params?: ApiErrorData['params'];
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    this.field = data.field;
    this.reason = data.reason;
    this.params = data.params;
  }
}

export type Transport = (channel: string, args: unknown) => Promise<Reply>;

/** A reply's result, or its error thrown as an ApiError: the one way a reply becomes a value, for the contract and the shell's actions alike. */
export function resultOf<T = unknown>(reply: Reply): T {
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.result as T;
}

/** The typed API over any transport (IPC, HTTP, direct): `api.records.list({...})`. */
export function createApi(transport: Transport): Api {
  return new Proxy({} as Api, {
    get: (_, domain: string) =>
      new Proxy(
        {},
        {
          get: (__, name: string) => async (args: unknown) => resultOf(await transport(`${domain}.${name}`, args)),
        },
      ),
  });
}
