import type { StageId } from './lifecycle';

/** Dated events on an instrument's timeline. */
export const EVENT_TYPES = [
  'proposed',
  'introduced',
  'committee',
  'reported',
  'passed-chamber',
  'position',
  'trilogue',
  'political-agreement',
  'ping-pong',
  'royal-assent',
  'signed',
  'adopted',
  'published',
  'entry-into-force',
  'commencement',
  'applies-from',
  'transposition-deadline',
  'amended',
  'judgment',
  'appeal',
  'expiry',
  'repeal',
  'lapse',
  'enforcement',
  'other',
] as const;
export type EventTypeId = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_LABELS: Record<EventTypeId, string> = {
  proposed: 'Proposed',
  introduced: 'Introduced',
  committee: 'Committee stage',
  reported: 'Reported by committee',
  'passed-chamber': 'Passed a chamber',
  position: 'Position adopted',
  trilogue: 'Trilogue',
  'political-agreement': 'Political agreement',
  'ping-pong': 'Ping-pong between Houses',
  'royal-assent': 'Royal Assent',
  signed: 'Signed into law',
  adopted: 'Adopted',
  published: 'Published',
  'entry-into-force': 'Entry into force',
  commencement: 'Commencement',
  'applies-from': 'Applies from',
  'transposition-deadline': 'Transposition deadline',
  amended: 'Amended',
  judgment: 'Judgment',
  appeal: 'Appeal',
  expiry: 'Expiry',
  repeal: 'Repeal',
  lapse: 'Lapsed',
  enforcement: 'Enforcement action',
  other: 'Other',
};

/** Events by which an instrument becomes law or a binding decision (enactment, adoption, judgment). */
export const ENACTMENT_EVENTS: readonly EventTypeId[] = ['royal-assent', 'signed', 'adopted'];

/**
 * The stage an event puts the instrument into. Events not listed here (committee sittings,
 * commencement, enforcement) do not change the stage. Used to derive the stage on any date.
 */
export const EVENT_STAGE: Partial<Record<EventTypeId, StageId>> = {
  proposed: 'proposed',
  introduced: 'introduced',
  committee: 'in-committee',
  reported: 'reported',
  'passed-chamber': 'passed-one-chamber',
  position: 'position-adopted',
  'political-agreement': 'political-agreement',
  'royal-assent': 'enacted',
  signed: 'enacted',
  adopted: 'adopted',
  published: 'published',
  judgment: 'decided',
  appeal: 'on-appeal',
  expiry: 'expired',
  repeal: 'repealed',
  lapse: 'lapsed',
};
