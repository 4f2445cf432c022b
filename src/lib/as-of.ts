/**
 * The stage of law-making on a date, derived from dated timelines. Nothing here is stored per date: every
 * answer is computed. What a reader sees as an instrument's or provision's status on a date is in ./status.ts.
 */
import type { Instrument } from '../schemas';
import { EVENT_STAGE, LAW_STAGES, PENDING_STAGES, type StageId } from '../vocab';

/** Pre-law stages in order of progress. */
const PROGRESS = PENDING_STAGES;

/** Timeline sorted by date (stable for equal dates). */
export function sortedTimeline(inst: Instrument) {
  return [...inst.timeline].sort((a, b) => a.date.localeCompare(b.date));
}

/** The stage on `date`, from the latest stage-setting event on or before it; undefined before the first. */
export function stageOn(inst: Instrument, date: string): StageId | undefined {
  let stage: StageId | undefined;
  const positions = new Set<string>();
  for (const e of sortedTimeline(inst)) {
    if (e.date > date) break;
    let s = EVENT_STAGE[e.type];
    // A co-legislator's position: the stage says whose, until both have adopted one.
    if (e.type === 'position') {
      if (e.body) positions.add(e.body);
      s =
        positions.size >= 2
          ? 'position-adopted'
          : positions.has('council')
            ? 'council-position'
            : positions.has('parliament')
              ? 'parliament-position'
              : 'position-adopted';
    }
    // Law-making only moves forward: a committee or introduction in the second chamber does not undo
    // passage of the first.
    if (s && stage && PROGRESS.includes(s) && PROGRESS.includes(stage) && PROGRESS.indexOf(s) < PROGRESS.indexOf(stage))
      continue;
    // A later chamber vote while already past one chamber means both chambers have passed.
    if (s === 'passed-one-chamber' && (stage === 'passed-one-chamber' || stage === 'passed-both-chambers'))
      stage = 'passed-both-chambers';
    // Publication in the Official Journal does not undo adoption or enactment.
    else if (s === 'published' && stage && LAW_STAGES.includes(stage)) continue;
    else if (s) stage = s;
  }
  return stage;
}

/** True when the instrument is law (or a binding decision) on `date`. */
export function isLawOn(inst: Instrument, date: string): boolean {
  const s = stageOn(inst, date);
  return s !== undefined && LAW_STAGES.includes(s);
}
