/**
 * The parts of a jurisdiction as rows of their own: the UK's legal systems, the US states and DC, the
 * EU member states. For each, how many parts cover a topic; for the US, the states summary row takes
 * its grade from its states, so no count is typed by hand. Parts with no assessment count as unknown.
 */
import type { Assessment, Topic } from '../schemas';
import {
  COVERAGE_GRADES,
  COVERAGE_SHORT,
  JURISDICTION_IDS,
  JURISDICTION_INFO,
  type ComparisonRowId,
  type CoverageGradeId,
  type JurisdictionKindId,
  type RootJurisdictionId,
} from '../vocab';
import { gradeOn } from './assessments';

/** A group of part rows under a root jurisdiction. */
export interface PartGroup {
  id: string;
  parent: RootJurisdictionId;
  kind: JurisdictionKindId;
  /** Heading: "US states and DC". */
  title: string;
  /** What one row is, as a column header: "State". */
  part: string;
  /** How the total reads: "of 51 (the 50 states and DC)". */
  of: string;
  rows: ComparisonRowId[];
}

const rowsOf = (parent: RootJurisdictionId, kind: JurisdictionKindId) =>
  JURISDICTION_IDS.filter(
    (id) => JURISDICTION_INFO[id].parent === parent && JURISDICTION_INFO[id].kind === kind,
  ) as ComparisonRowId[];

export const PART_GROUPS: readonly PartGroup[] = [
  {
    id: 'uk-systems',
    parent: 'uk',
    kind: 'legal-system',
    title: 'UK legal systems',
    part: 'Legal system',
    of: 'of the 3 UK legal systems',
    rows: rowsOf('uk', 'legal-system'),
  },
  {
    id: 'states',
    parent: 'us',
    kind: 'state',
    title: 'US states and DC',
    part: 'State',
    of: 'of 51 (the 50 states and DC)',
    rows: rowsOf('us', 'state'),
  },
  {
    id: 'member-states',
    parent: 'eu',
    kind: 'member-state',
    title: 'EU member states',
    part: 'Member state',
    of: 'of the 27 member states',
    rows: rowsOf('eu', 'member-state'),
  },
];

const US_STATES = PART_GROUPS[1];
/** Every state row (the 50 states and DC), in vocabulary order. */
export const STATE_ROWS = US_STATES.rows;

export interface PartsSummary {
  /** How many of the group's rows have each grade on the date. */
  counts: Record<CoverageGradeId, number>;
  /** The group's grade by partsGrade: explicit only if every part is; partial if any part covers it at all. */
  grade: CoverageGradeId;
  /** "Covered explicitly in 14, partly in 29, ... of 51 (the 50 states and DC)". */
  sentence: string;
  /** The same, short, for a matrix cell: "Of 51 (the 50 states and DC): 14 explicit, 29 partial, 8 unknown". */
  short: string;
}

const PHRASE: Record<CoverageGradeId, string> = {
  explicit: 'covered explicitly in',
  partial: 'partly in',
  'not-yet-applicable': 'adopted but not yet applicable in',
  proposed: 'only proposed in',
  none: 'not covered in',
  unknown: 'not yet researched or nothing found in',
};

/**
 * The grade of a group from how many of its `total` parts have each grade: explicit only if every part
 * is; partial if any part's law reaches the topic (explicit or partial); else not-yet-applicable or
 * proposed if any part is; none only if every part is none; unknown otherwise.
 */
export function partsGrade(counts: Record<CoverageGradeId, number>, total: number): CoverageGradeId {
  if (total === 0) return 'unknown';
  if (counts.explicit === total) return 'explicit';
  if (counts.explicit + counts.partial > 0) return 'partial';
  if (counts['not-yet-applicable'] > 0) return 'not-yet-applicable';
  if (counts.proposed > 0) return 'proposed';
  return counts.none === total ? 'none' : 'unknown';
}

/** How many of `grades` are each grade. */
export function gradeCounts(grades: readonly CoverageGradeId[]): Record<CoverageGradeId, number> {
  const counts = Object.fromEntries(COVERAGE_GRADES.map((g) => [g, 0])) as Record<CoverageGradeId, number>;
  for (const g of grades) counts[g]++;
  return counts;
}

/** A topic's assessments for a group's rows, by row. */
export function partAssessments(topic: Pick<Topic, 'assessments'>, group: PartGroup): Map<ComparisonRowId, Assessment> {
  const rows = new Set<string>(group.rows);
  return new Map(topic.assessments.filter((a) => rows.has(a.row)).map((a) => [a.row, a]));
}

/** The summary of a group's rows on `date`, or undefined when the topic assesses none of them. */
export function partsSummary(
  topic: Pick<Topic, 'assessments'>,
  date: string,
  group: PartGroup,
): PartsSummary | undefined {
  const byRow = partAssessments(topic, group);
  if (!byRow.size) return undefined;
  const gradeOf = (row: ComparisonRowId) => {
    const a = byRow.get(row);
    return (a && gradeOn(a, date)) ?? 'unknown';
  };
  const counts = gradeCounts(group.rows.map(gradeOf));
  const grade = partsGrade(counts, group.rows.length);
  const parts = COVERAGE_GRADES.filter((g) => counts[g] > 0).map((g) => `${PHRASE[g]} ${counts[g]}`);
  const sentence = `${parts.join(', ')} ${group.of}`;
  const cap = (x: string) => x[0].toUpperCase() + x.slice(1);
  const short = COVERAGE_GRADES.filter((g) => counts[g] > 0)
    .map((g) => `${counts[g]} ${COVERAGE_SHORT[g].toLowerCase()}`)
    .join(', ');
  return { counts, grade, sentence: cap(sentence), short: `${cap(group.of)}: ${short}` };
}

/** The summary of the US state rows on `date`, from which the US states row takes its grade. */
export const statesSummary = (topic: Pick<Topic, 'assessments'>, date: string) => partsSummary(topic, date, US_STATES);
