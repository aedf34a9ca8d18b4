import type { Handlers } from '../../api/contract';
import { actorsHandlers, appHandlers, trashHandlers } from './app';
import type { Ctx } from './context';
import { exportHandlers } from './export';
import { importsHandlers } from './imports';
import { recordsHandlers } from './records';
import { savedViewsHandlers } from './saved-views';
import { citationsHandlers, sourcesHandlers } from './sources';
import { taxonomyHandlers } from './taxonomy';
import { searchHandlers, viewsHandlers } from './views';

export type { Ctx };

/** The back end's implementation of the whole contract, for one open database. */
export function createHandlers(ctx: Ctx): Handlers {
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
    savedViews: savedViewsHandlers(ctx),
  };
}
