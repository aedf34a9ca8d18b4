import { z } from 'zod';
import { normalizeDate, parseDate } from '../dates-parse';
import { because } from '../errors';

export const Id = z.uuid({ message: 'must be an id (UUID)' });

/**
 * A date at the precision the researcher knows: '2024', '2024-06' or '2024-06-12', also read from
 * the ways researchers write dates (2024年6月, 2024.6, 2024/06/12, 二〇二四年六月: api/dates-parse.ts)
 * and stored in the canonical form.
 */
export const PartialDate = z
  .string()
  .overwrite(normalizeDate)
  .refine((s) => parseDate(s) === s, { message: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD (2024年6月 and 2024.6 are read too)', ...because('not-a-date') });

export const RECORD_KINDS = ['meeting', 'plan', 'measure'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

export const MEETING_KINDS = [
  'chain-meeting', 'work-conference', 'inspection', 'press-conference', 'expo-forum', 'alliance-founding', 'signing', 'other',
] as const;
export const MeetingKind = z.enum(MEETING_KINDS);
export type MeetingKind = z.infer<typeof MeetingKind>;

export const LEVELS = ['national', 'provincial', 'prefecture', 'county'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const STATUSES = ['announced', 'in-force', 'expired', 'superseded'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const RELATIONS = ['announced-at', 'part-of', 'implements', 'supersedes', 'follows-up', 'related'] as const;
export const Relation = z.enum(RELATIONS);
export type Relation = z.infer<typeof Relation>;

export const ROLES = ['chair', 'speaker', 'attendee', 'issuer', 'chain-chief', 'chain-leader-firm', 'host', 'other'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ACTOR_KINDS = ['person', 'body', 'firm', 'institute'] as const;
export const ActorKind = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKind>;

export const Precision = z.enum(['day', 'month', 'year']);
export type Precision = z.infer<typeof Precision>;

export const Page = z.strictObject({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(5000).default(100),
});

/** A reference to a chain or region: its id, or a name, short name, alias or synonym. */
export const NodeRef = z.string().trim().min(1).max(200);

export interface NodeName {
  id: string;
  name: string;
}
