/** Kinds of dated change an instrument records: in the law itself, or in our entry only. */
export const CHANGE_KINDS = ['law', 'entry'] as const;
export type ChangeKindId = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_LABELS: Record<ChangeKindId, string> = {
  law: 'Change in the law',
  entry: 'Change to this entry',
};

/** Whose text a position in EU negotiations is. */
export const POSITION_BODIES = ['commission', 'council', 'parliament', 'agreed'] as const;
export type PositionBodyId = (typeof POSITION_BODIES)[number];

export const POSITION_BODY_LABELS: Record<PositionBodyId, string> = {
  commission: 'Commission proposal',
  council: 'Council position',
  parliament: 'Parliament position',
  agreed: 'Agreed text',
};

/** How a correction to a published report classes the claim. */
export const CORRECTION_STATUSES = ['wrong', 'stale'] as const;
export type CorrectionStatusId = (typeof CORRECTION_STATUSES)[number];

export const CORRECTION_STATUS_LABELS: Record<CorrectionStatusId, string> = {
  wrong: 'Wrong',
  stale: 'Out of date',
};

/** How a later Act changed a provision: it inserted the provision, or amended its words. */
export const AMENDMENT_KINDS = ['inserted', 'amended'] as const;
export type AmendmentKindId = (typeof AMENDMENT_KINDS)[number];

/** As a citation and the provision's facts read them: "(inserted by ...)", "(as amended by ...)". */
export const AMENDMENT_KIND_LABELS: Record<AmendmentKindId, string> = {
  inserted: 'inserted by',
  amended: 'as amended by',
};
