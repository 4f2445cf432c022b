/** Derivations over instruments: topics, cited sources, grouping. Pure; data comes in as arguments. */
import type { Instrument, Provision, Source } from '../schemas';
import { ROOT_JURISDICTIONS, TOPICS, rootJurisdiction, type RootJurisdictionId, type TopicId } from '../vocab';

/** The topics an instrument addresses: the union of its provisions' topics, in vocabulary order. */
export function instrumentTopics(inst: Pick<Instrument, 'provisions'>): TopicId[] {
  const set = new Set(inst.provisions.flatMap((p) => p.topics));
  return TOPICS.filter((t) => set.has(t));
}

/** Every source id the instrument cites, in first-cited order. */
function citedSourceIds(inst: Instrument): string[] {
  const ids = [
    ...inst.stage.sources,
    ...inst.inForce.sources,
    ...inst.timeline.flatMap((e) => e.sources),
    ...inst.provisions.flatMap((p) => [...p.sources, ...(p.inForce?.sources ?? [])]),
    ...inst.changes.flatMap((c) => c.sources),
  ];
  return [...new Set(ids)];
}

/** The cited sources, resolved; numbered in the order first cited. */
export function citedSources(inst: Instrument, sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return citedSourceIds(inst)
    .map((id) => byId.get(id))
    .filter((s): s is Source => !!s);
}

/** Instruments grouped by root jurisdiction (a state's law under the US), each group sorted by title. */
export function byJurisdiction(instruments: readonly Instrument[]): Record<RootJurisdictionId, Instrument[]> {
  const out = Object.fromEntries(ROOT_JURISDICTIONS.map((j) => [j, [] as Instrument[]])) as Record<
    RootJurisdictionId,
    Instrument[]
  >;
  for (const i of instruments) out[rootJurisdiction(i.jurisdiction)].push(i);
  for (const j of ROOT_JURISDICTIONS) out[j].sort((a, b) => a.title.localeCompare(b.title));
  return out;
}

/** Provisions addressing a topic, per jurisdiction, with their instrument. */
export function provisionsForTopic(instruments: readonly Instrument[], topic: TopicId) {
  const out = Object.fromEntries(
    ROOT_JURISDICTIONS.map((j) => [j, [] as { instrument: Instrument; provision: Provision }[]]),
  ) as Record<RootJurisdictionId, { instrument: Instrument; provision: Provision }[]>;
  for (const inst of instruments) {
    for (const p of inst.provisions)
      if (p.topics.includes(topic)) out[rootJurisdiction(inst.jurisdiction)].push({ instrument: inst, provision: p });
  }
  return out;
}
