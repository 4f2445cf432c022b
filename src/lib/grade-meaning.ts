/** What each grade means on one topic: the topic's own words where it gives them, else the general meaning. */
import type { GradeMeaning, Topic } from '../schemas';
import { COVERAGE_DESCRIPTIONS, COVERAGE_GRADES, type CoverageGradeId, type TopicId } from '../vocab';

export interface GradeMeaningLine {
  grade: CoverageGradeId;
  meaning: string;
  /** True when the topic words this grade itself. */
  own: boolean;
}

/** One line per grade, in the order of src/vocab, for a topic's `gradeMeaning`. */
export function gradeMeanings(meaning: GradeMeaning): GradeMeaningLine[] {
  return COVERAGE_GRADES.map((grade) => {
    const own = meaning[grade];
    return own ? { grade, meaning: own, own: true } : { grade, meaning: COVERAGE_DESCRIPTIONS[grade], own: false };
  });
}

/** What "Covered explicitly" means on each of the given topics, in their order (for the matrix's key). */
export function explicitMeanings(
  topics: readonly Pick<Topic, 'id' | 'gradeMeaning'>[],
  ids: readonly TopicId[],
): { id: TopicId; explicit: string }[] {
  return ids.flatMap((id) => {
    const t = topics.find((x) => x.id === id);
    return t ? [{ id, explicit: t.gradeMeaning.explicit }] : [];
  });
}
