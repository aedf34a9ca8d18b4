import type { common as zh } from '../zh/common';
import type { Widen } from '../types';

export const common: Widen<typeof zh> = {
  common: {
    save: 'Save', saving: 'Saving…', cancel: 'Cancel', close: 'Close', delete: 'Delete', restore: 'Restore', undo: 'Undo', add: 'Add', remove: 'Remove',
    edit: 'Edit', back: 'Back', confirm: 'OK', apply: 'Apply', clear: 'Clear', none: 'None', all: 'All', more: 'More', open: 'Open', retry: 'Retry',
    loading: 'Loading…', noResults: 'No results', search: 'Search', choose: 'Choose…', new: 'New', count: '{{count}}', unknown: 'Unknown', untitled: '(untitled)',
    yes: 'Yes', no: 'No', or: 'or', results: '{{count}} results', total: '{{count}} in all',
  },
  kinds: { meeting: 'Meeting / event', plan: 'Plan / programme', measure: 'Measure' },
  kindsShort: { meeting: 'Meeting', plan: 'Plan', measure: 'Measure' },
  subkinds: {
    'chain-meeting': 'Chain meeting', 'work-conference': 'Work conference', inspection: 'Inspection visit', 'press-conference': 'Press conference',
    'expo-forum': 'Expo / forum', 'alliance-founding': 'Alliance founding', signing: 'Signing ceremony', other: 'Other',
  },
  levels: { national: 'National', provincial: 'Provincial', prefecture: 'Prefecture city', county: 'County / district' },
  statuses: { announced: 'Announced', 'in-force': 'In force', expired: 'Expired', superseded: 'Superseded' },
  relations: {
    'announced-at': 'Announced at', 'part-of': 'Part of plan', implements: 'Implements', supersedes: 'Supersedes', 'follows-up': 'Follows up', related: 'Related to',
  },
  relationsIn: {
    'announced-at': 'Announced here', 'part-of': 'Contains', implements: 'Implemented by', supersedes: 'Superseded by', 'follows-up': 'Followed up by', related: 'Related to',
  },
  roles: {
    chair: 'Chair', speaker: 'Speaker', attendee: 'Attendee', issuer: 'Issuer', 'chain-chief': 'Chain chief', 'chain-leader-firm': 'Chain-leader firm', host: 'Host', other: 'Other',
  },
  actorKinds: { person: 'Person', body: 'Body', firm: 'Firm', institute: 'Institute / university' },
  chainLevels: { cluster: 'Cluster', chain: 'Chain', segment: 'Segment' },
  regionLevels: { national: 'National', province: 'Province', prefecture: 'Prefecture', county: 'County', country: 'Country' },
  /** Record fields as filters, lanes and report headings name them. */
  fields: { text: 'Text', kind: 'Kind', chains: 'Chains', regions: 'Regions', tags: 'Tags', actors: 'Actors', status: 'Status', instrument: 'Instrument', from: 'From', to: 'To', url: 'Original URL', publishedAt: 'Published', outlet: 'Outlet', reporter: 'Reporter', script: 'Script', posts: 'Post', startOn: 'From', endOn: 'To', name: 'Name', into: 'Merge target' },
  /** Why an entry was refused (the API's reason codes), worded for the person who typed it. */
  validation: {
    required: 'required', 'too-long': 'too long (at most {{max}} characters)', 'too-short': 'too short (at least {{min}})', 'too-large': 'too large (at most {{max}})', 'too-small': 'too small (at least {{min}})',
    'wrong-type': 'wrong kind of value', 'not-allowed': 'not one of the allowed values', 'not-an-id': 'not a valid id', 'not-a-date': 'not a date: write 2024, 2024-06 or 2024-06-12', 'not-a-number': 'must be a number',
    'unknown-field': 'unknown field', 'end-before-start': 'the end date is before the start date', 'end-needs-start': 'an end date needs a start date', 'date-twice': 'the date is given twice and the two disagree',
    'from-after-to': 'the start is after the end', 'offsets-pair': 'the quoted passage is incomplete', 'meeting-only': 'only meetings have a meeting type', 'not-for-meetings': 'meetings do not have this', 'measure-only': 'only measures have an instrument type',
    'unknown-node': '“{{name}}” not found', invalid: 'not valid',
    'not-a-url': 'not a web address: start with http:// or https://', 'not-a-time': 'not a valid time: write 2024-06-12 or 2024-06-12 09:30', 'same-actor': 'cannot be merged into itself',
  },
  /** The key to timeline drawings, on screen and in print. */
  legend: { meeting: 'meeting (point)', plan: 'plan (bar)', measure: 'measure (bar)', vague: 'known to the month/year only', vagueEnds: 'start or end known to the month/year only (dashed end)', cluster: 'dense: merged (count)', more: 'further rows merged' },
  lanes: { untagged: 'Untagged' },
};
