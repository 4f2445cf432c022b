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
  'position-adopted': 'Co-legislator positions adopted',
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
  'not-applicable': 'Not applicable',
};
