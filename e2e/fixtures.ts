import { test as base } from '@playwright/test';
import { serveFresh, type Served } from './server';

/** Every test gets its own server and database; `seed` lists CLI commands run before the server starts. */
export const test = base.extend<{ served: Served; seed: string[][] }>({
  seed: [[], { option: true }],
  served: async ({ seed }, use) => {
    const s = await serveFresh(seed);
    await use(s);
    await s.stop();
  },
});

export { expect } from '@playwright/test';
