import type { Handlers } from '../../api/contract';
import { actorsHandlers } from './actors';
import { appHandlers } from './app';
import { backupsHandlers } from './backups';
import type { Ctx } from './context';
import { exchangeHandlers } from './exchange';
import { exportHandlers } from './export';
import { importsHandlers } from './imports';
import { recordsHandlers } from './records';
import { savedViewsHandlers } from './saved-views';
import { searchHandlers } from './search';
import { citationsHandlers, sourcesHandlers } from './sources';
import { taxonomyHandlers } from './taxonomy';
import { trashHandlers } from './trash';
import { viewsHandlers } from './views';

export type { Ctx };

/** The contract as far as the database answers it: every call but the export room's PDF jobs and data files, and restoring a backup (host/ adds those). */
export type DbHandlers = Omit<Handlers, 'export' | 'backups'> & {
  /** bundleData is not a contract call: export/ builds bundle files over it (optional, so a composed contract can stand in for these handlers). */
  export: Pick<Handlers['export'], 'report' | 'citedSources'> & Partial<Pick<ReturnType<typeof exportHandlers>, 'bundleData'>>;
  backups: Omit<Handlers['backups'], 'restore'>;
};

/** The back end's data handlers for one open database. */
export function createHandlers(ctx: Ctx): DbHandlers {
  return {
    app: appHandlers(ctx),
    records: recordsHandlers(ctx),
    sources: sourcesHandlers(ctx),
    citations: citationsHandlers(ctx),
    search: searchHandlers(ctx),
    taxonomy: taxonomyHandlers(ctx),
    views: viewsHandlers(ctx),
    actors: actorsHandlers(ctx),
    trash: trashHandlers(ctx),
    imports: importsHandlers(ctx),
    export: exportHandlers(ctx),
    exchange: exchangeHandlers(ctx),
    savedViews: savedViewsHandlers(ctx),
    backups: backupsHandlers(ctx),
  };
}
