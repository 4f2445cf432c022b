/**
 * Gap lists for the parts of a jurisdiction (the UK's legal systems, the US states and DC, the EU member
 * states): per topic, which parts do not yet cover it, in a paragraph an NGO can paste, with each part's
 * grade, the provisions it rests on and its sources. Cells not yet established (grade "unknown") are
 * listed apart: they are not gaps in the law, only in what is known, and carry what was searched instead
 * of sources. Pure; derived from the topic assessments on a date.
 */
import type { Assessment, Source, Topic } from '../schemas';
import {
  COMPARISON_ROW_LABELS,
  COVERAGE_LABELS,
  GAP_GRADES,
  REACH_ANSWER_PHRASES,
  REACH_ANSWERS,
  REACH_FACTS,
  SYNTHETIC_ANSWERS,
  type BreakdownFact,
  TOPIC_LABELS,
  type ComparisonRowId,
  type CoverageGradeId,
  type SyntheticAnswerId,
  type TopicId,
} from '../vocab';
import { gradeOn, stepOn } from './assessments';
import type { KnowledgeBase } from './kb';
import { assessmentEvidence } from './matrix';
import { PART_GROUPS, partAssessments, partsSummary, type PartGroup } from './states';
import { resolveSources, sourceDates } from './views';

export interface PartGap {
  row: ComparisonRowId;
  grade: CoverageGradeId;
  assessment?: Assessment;
  /** The provisions the cell rests on, as labels ("Va. Code Ann. § 18.2-374.1"). */
  provisions: string[];
}

export interface PartGapList {
  topic: TopicId;
  group: PartGroup;
  date: string;
  /** Parts whose law falls short of explicit coverage (partial, not yet applicable, proposed, none). */
  gaps: PartGap[];
  /** Parts where the position is not established: what was searched, no sources. */
  unknown: PartGap[];
  /** The citable paragraph: counts and the names of the parts that fall short. */
  paragraph: string;
}

const SHORT: Record<CoverageGradeId, string> = {
  explicit: 'explicit',
  partial: 'partly',
  'not-yet-applicable': 'adopted, not yet applicable',
  proposed: 'only a bill or proposal',
  none: 'not covered',
  unknown: 'not established',
};

/** Which parts of `group` fall short on `topic` on `date`; undefined when the topic assesses none of them. */
export function partGapList(
  kb: Pick<KnowledgeBase, 'instruments'>,
  topic: Topic,
  group: PartGroup,
  date: string,
): PartGapList | undefined {
  const summary = partsSummary(topic, date, group);
  if (!summary) return undefined;
  const byRow = partAssessments(topic, group);
  const cells = group.rows.map((row): PartGap => {
    const a = byRow.get(row);
    const grade = (a && gradeOn(a, date)) ?? 'unknown';
    const provisions = a
      ? assessmentEvidence(kb as KnowledgeBase, a).map((e) => e.provision?.label ?? e.instrument.citation)
      : [];
    return { row, grade, assessment: a, provisions };
  });
  const gaps = cells.filter((c) => c.grade !== 'unknown' && GAP_GRADES.includes(c.grade));
  const unknown = cells.filter((c) => c.grade === 'unknown');
  const names = (list: PartGap[]) => list.map((c) => `${COMPARISON_ROW_LABELS[c.row]} (${SHORT[c.grade]})`).join(', ');
  const paragraph = [
    `${TOPIC_LABELS[topic.id as TopicId]}: as of ${date}, the law of ${summary.counts.explicit} ${group.of} ` +
      `covers this explicitly; ${gaps.length} fall short of explicit coverage` +
      (gaps.length ? `: ${names(gaps)}.` : '.'),
    unknown.length
      ? `For ${unknown.length} the position has not been established: ` +
        `${unknown.map((c) => COMPARISON_ROW_LABELS[c.row]).join(', ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { topic: topic.id as TopicId, group, date, gaps, unknown, paragraph };
}

/**
 * The text a reader pastes: the paragraph, then each part's grade, provisions and gaps, then the sources
 * with their weight (official or secondary) and dates. Plain text, no markup.
 */
export function partGapText(list: PartGapList, sources: readonly Source[], pageUrl: string): string {
  const lines = [list.paragraph, ''];
  const cited: Source[] = [];
  for (const c of list.gaps) {
    const srcs = resolveSources(sources, c.assessment?.sources ?? []);
    const refs = srcs.map((s) => {
      if (!cited.includes(s)) cited.push(s);
      return cited.indexOf(s) + 1;
    });
    const line =
      `- ${COMPARISON_ROW_LABELS[c.row]}: ${COVERAGE_LABELS[c.grade]}` +
      `${c.provisions.length ? ` (${c.provisions.join('; ')})` : ''}. ${c.assessment?.gaps ?? ''}` +
      `${refs.length ? ` [${refs.join(', ')}]` : ''}`;
    lines.push(line.replace(/\s+/g, ' ').trim());
  }
  if (cited.length) {
    lines.push('', 'Sources:');
    cited.forEach((s, i) => lines.push(sourceLine(s, i + 1)));
  }
  lines.push('', `From: ${pageUrl} (as of ${list.date}).`);
  return lines.join('\n');
}

/** "[1] Title. Publisher (official); published ...; accessed .... URL" */
const sourceLine = (s: Source, n: number) =>
  `[${n}] ${s.title}. ${s.publisher} (${s.official ? 'official' : 'secondary'}); ${sourceDates(s)}. ${s.url}`;

/** The paste-ready text of one gap in the main list: its paragraph and its sources with weight and dates. */
export function gapText(paragraph: string, cited: readonly Source[], pageUrl: string, date: string): string {
  return [
    paragraph,
    ...(cited.length ? ['', 'Sources:', ...cited.map((s, i) => sourceLine(s, i + 1))] : []),
    '',
    `From: ${pageUrl} (as of ${date}).`,
  ].join('\n');
}

/** A report's count of jurisdictions set against what the data supports on a date. */
export interface CountCheck {
  claimed: number;
  /** How many parts have one of the counted grades on the date. */
  supported: number;
  /** Every grade's count, for the sentence. */
  counts: Record<CoverageGradeId, number>;
  group: PartGroup;
  sentence: string;
}

/** Checks a claimed count ("45 states") against the topic's part rows on `date`. */
export function countCheck(
  topic: Topic,
  count: { claimed: number; group: string; grades: readonly CoverageGradeId[] },
  date: string,
): CountCheck | undefined {
  const group = PART_GROUPS.find((g) => g.id === count.group);
  const summary = group && partsSummary(topic, date, group);
  if (!group || !summary) return undefined;
  const supported = count.grades.reduce((n, g) => n + summary.counts[g], 0);
  const counted = count.grades.map((g) => COVERAGE_LABELS[g].toLowerCase()).join(' or ');
  return {
    claimed: count.claimed,
    supported,
    counts: summary.counts,
    group,
    sentence:
      `Checked against this knowledge base as of ${date}: the report counts ${count.claimed}; ` +
      `the data supports ${supported} ${group.of} (${counted}). In full: ${summary.sentence}.`,
  };
}

/** What the law of a group's parts reaches on one fact (e.g. wholly synthetic material), on a date. */
export interface ReachBreakdown {
  topic: TopicId;
  group: PartGroup;
  date: string;
  fact: BreakdownFact;
  /** Every answer, in order (yes, only if obscene, no, not established), with the parts that give it. */
  answers: { answer: SyntheticAnswerId; rows: ComparisonRowId[] }[];
  /** The citable sentence: the counts, and the names of every part that does not answer "yes". */
  sentence: string;
}

/**
 * For a topic whose assessments record reach facts (AI CSAM offences), which parts of `group` reach `fact`
 * on `date`, which reach it only if obscene, which do not, and where it is not established (a part not
 * assessed, or assessed without reach facts on that date, counts there). Undefined when no part has reach
 * facts on that date.
 */
export function reachBreakdown(
  topic: Topic,
  group: PartGroup,
  fact: BreakdownFact,
  date: string,
): ReachBreakdown | undefined {
  const byRow = partAssessments(topic, group);
  const reachOf = new Map(group.rows.map((row) => [row, byRow.get(row) && stepOn(byRow.get(row)!, date)?.reach]));
  if (![...reachOf.values()].some(Boolean)) return undefined;
  const choices: readonly SyntheticAnswerId[] = fact === 'whollySynthetic' ? SYNTHETIC_ANSWERS : REACH_ANSWERS;
  const answers = choices.map((answer) => ({
    answer,
    rows: group.rows.filter((row) => (reachOf.get(row)?.[fact] ?? 'unknown') === answer),
  }));
  const names = (rows: ComparisonRowId[]) => rows.map((r) => COMPARISON_ROW_LABELS[r]).join(', ');
  const [yes, ...rest] = answers;
  const sentence =
    `${REACH_FACTS[fact]}: as of ${date}, the law of ${yes.rows.length} ${group.of} covers it` +
    rest
      .filter((x) => x.rows.length)
      .map((x) => `; ${REACH_ANSWER_PHRASES[x.answer]} ${x.rows.length} (${names(x.rows)})`)
      .join('') +
    '.';
  return { topic: topic.id as TopicId, group, date, fact, answers, sentence };
}
