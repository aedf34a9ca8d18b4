// Regenerates db/schema.sql from the migrations (npm run schema).
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, schemaSql } from '../db/schema';

writeFileSync(SCHEMA_FILE, schemaSql());
console.log(`wrote ${SCHEMA_FILE}`);
