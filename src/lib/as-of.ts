/**
 * The law as it stood (or will stand) on a date, derived from dated timelines and provision
 * commencement dates. Nothing here is stored per date: every answer is computed.
 */
import type { Instrument, Provision } from '../schemas';
import { ENACTMENT_EVENTS, EVENT_STAGE, LAW_STAGES, PENDING_STAGES, type InForceId, type StageId } from '../vocab';

/** Pre-law stages in order of progress. */
const PROGRESS = PENDING_STAGES;

const NOT_LAW_KINDS = new Set(['bill', 'legislative-proposal', 'policy', 'overview', 'court-decision']);

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

function endedOn(inst: Instrument, date: string): boolean {
  return inst.timeline.some((e) => (e.type === 'expiry' || e.type === 'repeal') && e.date <= date);
}

/** The date the instrument as a whole took effect: its entry into force, else its enactment. */
function effectiveDate(inst: Instrument): string | undefined {
  const tl = sortedTimeline(inst);
  return tl.find((e) => e.type === 'entry-into-force')?.date ?? tl.find((e) => ENACTMENT_EVENTS.includes(e.type))?.date;
}

/** Whether a provision has effect on `date`. "unknown" where its commencement is not confirmed. */
export function provisionInForceOn(inst: Instrument, prov: Provision, date: string): InForceId {
  if (NOT_LAW_KINDS.has(inst.kind) && inst.kind !== 'court-decision') return 'not-applicable';
  if (inst.kind === 'court-decision') return 'not-applicable';
  if (!isLawOn(inst, date) || endedOn(inst, date)) return 'no';
  const own = prov.inForce;
  if (own?.until && own.until < date) return 'no';
  if (own?.from) return own.from <= date ? 'yes' : 'no';
  if (own && (own.value === 'unknown' || own.value === 'no' || own.value === 'partly')) {
    // No dated commencement: the recorded status holds from its as-of date; before it we cannot say.
    return own.value === 'partly' ? 'partly' : own.value;
  }
  const eff = effectiveDate(inst);
  return eff && eff <= date ? 'yes' : 'no';
}

/** Whether the instrument has effect on `date`, aggregated from its provisions. */
export function inForceOn(inst: Instrument, date: string): InForceId {
  if (NOT_LAW_KINDS.has(inst.kind)) return 'not-applicable';
  if (!isLawOn(inst, date) || endedOn(inst, date)) return 'no';
  const eff = effectiveDate(inst);
  if (!eff || eff > date) return 'no';
  const states = inst.provisions.map((p) => provisionInForceOn(inst, p, date));
  if (states.every((s) => s === 'yes')) return 'yes';
  if (states.some((s) => s === 'yes' || s === 'partly')) return 'partly';
  if (states.some((s) => s === 'unknown')) return 'unknown';
  return 'partly';
}
