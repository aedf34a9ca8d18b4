import type { BenchContext } from '../context';
import type { Row } from '../result';
import { bundleFigure } from './bundle';
import { diskFigure } from './disk';
import { importFigure } from './import';
import { importUiFigure } from './import-ui';
import { importMemoryFigure } from './import-memory';
import { pdfFigure } from './pdf';
import { queryFigure } from './query';
import { renderFigure } from './render';
import { searchFigure } from './search';
import { startFigure } from './start';

export interface Figure {
  run(ctx: BenchContext): Promise<Row[]>;
  /** Whether it drives the built renderer (built once per run, only when needed). */
  needsRenderer: boolean;
}

/** Every figure, in the order the table prints them. */
export const FIGURES = {
  search: { run: searchFigure, needsRenderer: false },
  query: { run: queryFigure, needsRenderer: false },
  import: { run: importFigure, needsRenderer: false },
  'import-ui': { run: importUiFigure, needsRenderer: true },
  'import-memory': { run: importMemoryFigure, needsRenderer: false },
  render: { run: renderFigure, needsRenderer: true },
  pdf: { run: pdfFigure, needsRenderer: true },
  start: { run: startFigure, needsRenderer: true },
  bundle: { run: bundleFigure, needsRenderer: false },
  disk: { run: diskFigure, needsRenderer: false },
} satisfies Record<string, Figure>;

export type FigureName = keyof typeof FIGURES;
