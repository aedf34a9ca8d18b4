// The parts of citation-js Chainline uses (the packages ship no types).
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslDate {
    'date-parts'?: (number | string)[][];
    raw?: string;
    literal?: string;
  }
  /** A CSL-JSON item: the fields Chainline reads and writes, and whatever else a file carries. */
  export interface CslItem {
    id: string;
    type: string;
    title?: string;
    'container-title'?: string;
    publisher?: string;
    author?: CslName[];
    issued?: CslDate;
    accessed?: CslDate;
    URL?: string;
    language?: string;
    note?: string;
    abstract?: string;
    [field: string]: unknown;
  }
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: string): Record<string, Record<string, unknown>> };
    input: { chain(data: unknown, options?: Record<string, unknown>): CslItem[] };
    output: { format(format: string, data: CslItem[], options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
