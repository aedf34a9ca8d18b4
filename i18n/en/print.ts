import type { print as zh } from '../zh/print';
import type { Widen } from '../types';

export const print: Widen<typeof zh> = {
  defaultTitle: 'Industrial-chain policy timeline',
  fileName: 'Chainline timeline',
  brand: 'Chainline 链策',
  generated: 'Generated',
  filters: 'Filters',
  noFilters: 'none (all records)',
  window: 'Period',
  lanes: 'Lanes',
  laneBy: { chain: 'by chain', region: 'by region', kind: 'by kind', actor: 'by actor' },
  counts: '{{records}} records, {{sources}} sources',
  undated: '{{count}} more records have no date and are not drawn on the timeline',
  truncated: 'The table lists the first {{shown}} of {{total}} records',
  contents: 'Contents',
  timeline: 'Timeline',
  table: 'Records',
  sources: 'Sources',
  page: 'Page {{n}} of {{of}}',
  cont: ' (cont.)',
  col: { n: '#', date: 'Date', kind: 'Kind', title: 'Title', chains: 'Chains', regions: 'Regions', status: 'Status', targets: 'Key targets', cites: 'Sources' },
  byDeadline: ' (by {{date}})',
  noRecords: 'No records match.',
  all: 'all',
  untilNow: 'now',
};
