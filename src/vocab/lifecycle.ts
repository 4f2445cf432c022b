/**
 * Lifecycle: two separate facts. `stage` is where the instrument is in law-making; `inForce` is
 * whether it has legal effect. An Act can be enacted with provisions not yet commenced.
 */
export const STAGES = [
  'proposed',
  'introduced',
  'in-committee',
  'reported',
  'passed-one-chamber',
  'passed-both-chambers',
  'council-position',
  'parliament-position',
  'position-adopted',
  'political-agreement',
  'enacted',
  'adopted',
  'decided',
  'on-appeal',
  'repealed',
  'expired',
  'lapsed',
  'withdrawn',
  'published',
] as const;
export type StageId = (typeof STAGES)[number];

export const STAGE_LABELS: Record<StageId, string> = {
  proposed: 'Proposed',
  introduced: 'Introduced',
  'in-committee': 'In committee',
  reported: 'Reported by committee',
  'passed-one-chamber': 'Passed one chamber',
  'passed-both-chambers': 'Passed both chambers',
  'council-position': "Council position adopted (Parliament's pending)",
  'parliament-position': "Parliament position adopted (Council's pending)",
  'position-adopted': "Both co-legislators' positions adopted",
  'political-agreement': 'Political agreement (trilogue)',
  enacted: 'Enacted',
  adopted: 'Adopted',
  decided: 'Decided',
  'on-appeal': 'Decided, on appeal',
  repealed: 'Repealed',
  expired: 'Expired',
  lapsed: 'Lapsed',
  withdrawn: 'Withdrawn',
  published: 'Published',
};

/** Stages at which the instrument is law (or a binding decision), whatever its commencement. */
export const LAW_STAGES: readonly StageId[] = ['enacted', 'adopted', 'decided', 'on-appeal'];
/** Stages at which the instrument is not (yet) law, in order of progress. */
export const PENDING_STAGES: readonly StageId[] = STAGES.slice(0, STAGES.indexOf('political-agreement') + 1);

export const IN_FORCE = ['yes', 'partly', 'no', 'unknown', 'not-applicable'] as const;
export type InForceId = (typeof IN_FORCE)[number];

export const IN_FORCE_LABELS: Record<InForceId, string> = {
  yes: 'In force',
  partly: 'Partly in force',
  no: 'Not in force',
  unknown: 'Commencement not confirmed',
  'not-applicable': 'Not law that takes effect (a bill, proposal, court decision or policy)',
};

/**
 * The legal status shown to readers on a date, derived from the stage, the timeline and each provision's
 * dates (src/lib/status.ts). Each kind of document has its own words: "Not applicable" is never used,
 * and enacted law always reads as in force, not yet in force, or commencement not confirmed.
 */
export const LEGAL_STATUSES = [
  'in-force',
  'partly-in-force',
  'in-force-not-applying',
  'not-yet-in-force',
  'commencement-unconfirmed',
  'no-longer-in-force',
  'bill',
  'proposal',
  'lapsed',
  'court-decision',
  'policy',
] as const;
export type LegalStatusId = (typeof LEGAL_STATUSES)[number];

export const LEGAL_STATUS_LABELS: Record<LegalStatusId, string> = {
  'in-force': 'In force',
  'partly-in-force': 'Partly in force',
  'in-force-not-applying': 'In force, not yet applicable',
  'not-yet-in-force': 'Not yet in force',
  'commencement-unconfirmed': 'Commencement not confirmed',
  'no-longer-in-force': 'No longer in force',
  bill: 'Bill, not law',
  proposal: 'Proposal, not law',
  lapsed: 'Lapsed or withdrawn, not law',
  'court-decision': 'Court decision (not legislation)',
  policy: 'Policy document, not law',
};
