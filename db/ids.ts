import { v4, v5 } from 'uuid';

// Seeded taxonomy rows get name-based UUIDs so every colleague's database
// agrees on them and bundles exchanged later merge instead of duplicating.
const SEED_NAMESPACE = '6f1d3c2e-4b8a-5d7e-9c1f-2a3b4c5d6e7f';

export const newId = (): string => v4();
export const seedId = (kind: string, key: string): string => v5(`${kind}:${key}`, SEED_NAMESPACE);
export const nowIso = (): string => new Date().toISOString();
