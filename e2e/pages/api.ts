import type { APIRequestContext } from '@playwright/test';
import type { Api } from '../../api/contract';
import { createApi } from '../../api/client';

/** The app's own typed API over HTTP, for arranging data in a test (the token is the one in the served URL). */
export function testApi(request: APIRequestContext, servedUrl: string): Api {
  const url = new URL(servedUrl);
  const token = /token=([\w-]+)/.exec(url.hash)?.[1] ?? '';
  return createApi(async (channel, args) => {
    const res = await request.post(new URL(`/api/${channel}`, url.origin).href, {
      data: args ?? {},
      headers: { 'Content-Type': 'application/json', 'X-Chainline-Token': token },
    });
    return res.json();
  });
}
