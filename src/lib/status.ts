/**
 * The legal status a reader sees on a date, for an instrument or for one of its provisions, in words that
 * fit the kind of document: a bill is "Bill, not law", a court decision is a court decision, and enacted
 * law is in force, not yet in force, or of unconfirmed commencement. EU acts keep two dates apart: entry
 * into force (the act exists as law) and application (its rules bind), so an act in force whose rules do
 * not apply yet reads "In force, not yet applicable".
 *
 * Pure: computed from the timeline, the stage and each provision's own dates. The stored `inForce`
 * values are what a source confirmed on their as-of date; these functions say what follows on any date.
 */
import type { Instrument, Provision } from '../schemas';
import {
  ENACTMENT_EVENTS,
  LEGAL_STATUS_LABELS,
  MEMBER_STATE_IDS,
  STAGE_LABELS,
  rootJurisdiction,
  type EuMemberStateId,
  type LegalStatusId,
  type StageId,
} from '../vocab';
import { isLawOn, sortedTimeline, stageOn } from './as-of';

export interface LegalStatus {
  id: LegalStatusId;
  /** The status in words, e.g. "Not yet in force". */
  label: string;
  /** The dates or stage behind it, e.g. "from 2026-12-02", "entered into force 2024-08-01; applies from 2026-08-02". */
  detail?: string;
  /** For a status that has not started yet: the date it is due to change, when known. */
  starts?: string;
}

const make = (id: LegalStatusId, detail?: string, starts?: string): LegalStatus => ({
  id,
  label: LEGAL_STATUS_LABELS[id],
  ...(detail ? { detail } : {}),
  ...(starts ? { starts } : {}),
});

/** The status and its detail in one phrase: "Not yet in force (from 2026-12-02)". */
export function statusText(s: LegalStatus): string {
  return s.detail ? `${s.label} (${s.detail})` : s.label;
}

const ENDED_STAGES: readonly StageId[] = ['repealed', 'expired'];
const LAPSED_STAGES: readonly StageId[] = ['lapsed', 'withdrawn'];
const eventDate = (inst: Instrument, type: string) => sortedTimeline(inst).find((e) => e.type === type)?.date;
const endDate = (inst: Instrument, date: string) =>
  sortedTimeline(inst).find((e) => (e.type === 'expiry' || e.type === 'repeal') && e.date <= date)?.date;

/** Statuses that do not depend on the provision: documents that are not (yet) law on `date`. */
function notLaw(inst: Instrument, date: string): LegalStatus | undefined {
  const stage = stageOn(inst, date);
  if (inst.kind === 'policy') return make('policy', stage ? `${STAGE_LABELS[stage].toLowerCase()}` : undefined);
  if (inst.kind === 'court-decision') {
    const decided = eventDate(inst, 'judgment');
    return make('court-decision', decided && decided <= date ? `decided ${decided}` : undefined);
  }
  if (inst.kind === 'overview') return undefined;
  if (stage && LAPSED_STAGES.includes(stage)) return make('lapsed', STAGE_LABELS[stage].toLowerCase());
  if (isLawOn(inst, date) || (stage && ENDED_STAGES.includes(stage))) return undefined;
  const proposal = inst.kind === 'legislative-proposal' || rootJurisdiction(inst.jurisdiction) === 'eu';
  return make(proposal ? 'proposal' : 'bill', stage ? STAGE_LABELS[stage].toLowerCase() : 'not yet introduced');
}

/** The date the instrument as a whole took effect: its entry into force, else its enactment. */
function effectiveDate(inst: Instrument): string | undefined {
  return (
    eventDate(inst, 'entry-into-force') ?? sortedTimeline(inst).find((e) => ENACTMENT_EVENTS.includes(e.type))?.date
  );
}

/** A provision of an overview entry (a state's sections): each section carries its own dates. */
function overviewProvision(prov: Provision, date: string): LegalStatus {
  const own = prov.inForce;
  if (own?.until && own.until < date) return make('no-longer-in-force', `until ${own.until}`);
  if (own?.from)
    return own.from <= date
      ? make('in-force', `since ${own.from}`)
      : make('not-yet-in-force', `from ${own.from}`, own.from);
  if (own?.value === 'no') return make('bill', own.note ? undefined : 'not enacted');
  return make('commencement-unconfirmed', 'enacted; the date it took effect was not found');
}

/** The status of one provision on `date`. */
export function provisionStatus(inst: Instrument, prov: Provision, date: string): LegalStatus {
  if (inst.kind === 'overview') return overviewProvision(prov, date);
  const pending = notLaw(inst, date);
  if (pending) return pending;
  const ended = endDate(inst, date);
  if (ended || ENDED_STAGES.includes(stageOn(inst, date) as StageId))
    return make('no-longer-in-force', ended ? `since ${ended}` : undefined);
  const own = prov.inForce;
  if (own?.until && own.until < date) return make('no-longer-in-force', `since ${own.until}`);
  const entry = eventDate(inst, 'entry-into-force');
  const eu = rootJurisdiction(inst.jurisdiction) === 'eu';
  if (own?.from) {
    if (own.from <= date) return make('in-force', eu ? `applies since ${own.from}` : `since ${own.from}`);
    if (eu && entry && entry <= date)
      return make('in-force-not-applying', `entered into force ${entry}; applies from ${own.from}`, own.from);
    return make('not-yet-in-force', `from ${own.from}`, own.from);
  }
  if (own?.value === 'unknown') return make('commencement-unconfirmed');
  if (own?.value === 'no') return make('not-yet-in-force', 'no commencement date set');
  if (own?.value === 'partly') return make('partly-in-force');
  const eff = effectiveDate(inst);
  if (eff && eff <= date) return make('in-force', `since ${eff}`);
  return make('not-yet-in-force', eff ? `from ${eff}` : undefined, eff);
}

/**
 * The status of an instrument on `date`, from its provisions: in force when all of them are, partly when
 * some are, and "in force, not yet applicable" for an EU act in force none of whose provisions applies yet.
 */
export function instrumentStatus(inst: Instrument, date: string): LegalStatus {
  const pending = inst.kind === 'overview' ? undefined : notLaw(inst, date);
  if (pending) return pending;
  const states = inst.provisions.map((p) => provisionStatus(inst, p, date));
  const ids = new Set(states.map((s) => s.id));
  const only = (id: LegalStatusId) => ids.size === 1 && ids.has(id);
  if (only('no-longer-in-force')) return states[0];
  if (only('in-force')) {
    const eff = inst.kind === 'overview' ? undefined : effectiveDate(inst);
    return make('in-force', eff ? `since ${eff}` : undefined);
  }
  if (ids.has('in-force') || ids.has('partly-in-force'))
    return make(
      'partly-in-force',
      `${states.filter((s) => s.id === 'in-force').length} of ${states.length} provisions listed here in force`,
    );
  if (ids.has('in-force-not-applying')) {
    const entry = eventDate(inst, 'entry-into-force');
    const first = states
      .map((s) => s.starts)
      .filter((d): d is string => !!d)
      .sort()[0];
    return make(
      'in-force-not-applying',
      `entered into force ${entry}${first ? `; first applies ${first}` : ''}`,
      first,
    );
  }
  if (ids.has('commencement-unconfirmed')) return make('commencement-unconfirmed');
  if (inst.kind === 'overview' && only('bill')) return make('bill');
  const next = states
    .map((s) => s.starts)
    .filter((d): d is string => !!d)
    .sort()[0];
  return make('not-yet-in-force', next ? `from ${next}` : undefined, next);
}

/**
 * For EU acts, the two dates a reader needs apart: entry into force, and when each provision listed here
 * applies (from "applies-from" events and the provisions' own dates), earliest first. Empty for others.
 */
export function applicationDates(inst: Instrument): {
  entryIntoForce?: string;
  application: { date: string; what: string }[];
} {
  if (rootJurisdiction(inst.jurisdiction) !== 'eu' || inst.kind === 'legislative-proposal') return { application: [] };
  const byDate = new Map<string, string[]>();
  for (const p of inst.provisions)
    if (p.inForce?.from) byDate.set(p.inForce.from, [...(byDate.get(p.inForce.from) ?? []), p.label]);
  for (const e of inst.timeline) if (e.type === 'applies-from' && !byDate.has(e.date)) byDate.set(e.date, [e.event]);
  return {
    entryIntoForce: eventDate(inst, 'entry-into-force'),
    application: [...byDate.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, what]) => ({ date, what: what.join('; ') })),
  };
}

/** Where a member state stands with a directive's transposition on a date. */
export interface TranspositionRow {
  row: EuMemberStateId;
  status: 'not-yet-due' | 'transposed' | 'no-measure-recorded';
  label: string;
  measure?: Instrument['transposition'][number];
}

/**
 * A directive's transposition on `date`: its deadline (the "transposition-deadline" event) and, for each
 * member state, "not yet due", "transposed" (with the measure recorded here), or "no measure recorded"
 * after the deadline: the knowledge base does not say a state is late without a source that does.
 * Undefined for anything but a directive with a deadline; a directive not yet adopted has none.
 */
export function transpositionOn(
  inst: Instrument,
  date: string,
): { deadline: string; rows: TranspositionRow[] } | undefined {
  const deadline = eventDate(inst, 'transposition-deadline');
  if (inst.kind !== 'directive' || !deadline) return undefined;
  const rows = MEMBER_STATE_IDS.map((row): TranspositionRow => {
    const measure = inst.transposition.find((m) => m.row === row && (!m.date || m.date <= date));
    if (measure) return { row, status: 'transposed', label: 'Transposed', measure };
    return deadline > date
      ? { row, status: 'not-yet-due', label: `Not yet due (deadline ${deadline})` }
      : { row, status: 'no-measure-recorded', label: 'Deadline passed; no national measure recorded here' };
  });
  return { deadline, rows };
}
