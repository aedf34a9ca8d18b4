import type Database from 'better-sqlite3';

/** An open Chainline database (db/open.ts opens one); its own module so code that only takes one need not import the opener. */
export type Db = Database.Database;
