/** Kinds of legal instrument. Statute vs bill, regulation vs proposal stay distinct on purpose. */
export const INSTRUMENT_KINDS = [
  'statute',
  'bill',
  'regulation',
  'directive',
  'legislative-proposal',
  'court-decision',
  'statutory-instrument',
  'policy',
  'overview',
] as const;
export type InstrumentKindId = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_KIND_LABELS: Record<InstrumentKindId, string> = {
  statute: 'Statute (Act)',
  bill: 'Bill',
  regulation: 'Regulation',
  directive: 'Directive',
  'legislative-proposal': 'Legislative proposal',
  'court-decision': 'Court decision',
  'statutory-instrument': 'Statutory instrument',
  policy: 'Policy or strategy',
  overview: 'Overview of several laws',
};
