/**
 * The open-data contract: what /api/*.json and *.csv publish. Version 1 is documented in
 * docs/data.md; a breaking change bumps SCHEMA_VERSION.
 */
import type {
  GapsFile,
  Instrument,
  InstrumentsFile,
  JurisdictionsFile,
  MatrixFile,
  Source,
  Topic,
  TopicsFile,
} from '../schemas';
import {
  BREAKDOWN_FACTS,
  COMPARISON_ROW_LABELS,
  COVERAGE_LABELS,
  JURISDICTION_IDS,
  JURISDICTION_INFO,
  TOPIC_LABELS,
} from '../vocab';
import { gradeOn } from './assessments';
import { citedSources, instrumentTopics } from './instruments';
import type { KnowledgeBase } from './kb';
import { buildMatrix, gapList } from './matrix';
import { partGapList, reachBreakdown } from './gaps';
import { PART_GROUPS, type PartGroup } from './states';
import { refUrl, urls } from './urls';

export const SCHEMA_VERSION = 1 as const;
const LICENCE = 'CC-BY-4.0' as const;

const sourceOut = (s: Source) => ({
  id: s.id,
  title: s.title,
  publisher: s.publisher,
  date: (s.published ?? s.accessed) as string,
  ...(s.published ? { published: s.published } : {}),
  ...(s.accessed ? { accessed: s.accessed } : {}),
  url: s.url,
  official: s.official,
});

/** One instrument as published. `url` is its page on the site (absolute when `site` is given). */
export function instrumentRecord(
  inst: Instrument,
  kb: KnowledgeBase,
  site = '',
): InstrumentsFile['instruments'][number] {
  const status = <T extends { sources: string[] }>(s: T) => ({ ...s, source: s.sources[0] });
  return {
    id: inst.id,
    title: inst.title,
    shortTitle: inst.shortTitle,
    aliases: inst.aliases,
    jurisdiction: inst.jurisdiction,
    ...(inst.subJurisdiction ? { subJurisdiction: inst.subJurisdiction } : {}),
    kind: inst.kind,
    citation: inst.citation,
    otherCitations: inst.otherCitations,
    summary: inst.summary,
    stage: status(inst.stage),
    inForce: status(inst.inForce),
    timeline: inst.timeline.map((e) => ({ ...e, source: e.sources[0] })),
    officialUrl: inst.officialUrl,
    topics: instrumentTopics(inst),
    provisions: inst.provisions.map((p) => ({
      id: p.id,
      label: p.label,
      title: p.title,
      topics: p.topics,
      summary: p.summary,
      url: p.url,
      ...(p.amendedBy ? { amendedBy: p.amendedBy } : {}),
      ...(p.quote ? { quote: p.quote } : {}),
      ...(p.penalty ? { penalty: p.penalty } : {}),
      inForce: p.inForce ?? {
        value: inst.inForce.value,
        asOf: inst.inForce.asOf,
        sources: inst.inForce.sources,
        inherited: true,
      },
      sources: p.sources,
      ...(p.unverified ? { unverified: p.unverified } : {}),
      page: site + urls.provision(inst.id, p.id),
    })),
    related: inst.related,
    changes: inst.changes,
    sources: citedSources(inst, kb.sources).map(sourceOut),
    lastReviewed: inst.lastReviewed,
    ...(inst.unverified ? { unverified: inst.unverified } : {}),
    url: site + urls.instrument(inst.id),
  };
}

export function instrumentsJson(kb: KnowledgeBase, generated: string, site = ''): InstrumentsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    licence: LICENCE,
    instruments: [...kb.instruments].sort((a, b) => a.id.localeCompare(b.id)).map((i) => instrumentRecord(i, kb, site)),
  };
}

/** One topic with its assessments, each with its grade on `date`. */
export function topicRecord(t: Topic, kb: KnowledgeBase, date: string, site = ''): TopicsFile['topics'][number] {
  const byId = new Map(kb.sources.map((s) => [s.id, s]));
  // The grade of each row as the matrix has it (the US states row is derived from the states).
  const cells = buildMatrix({ topics: [t] }, date, true).cells[t.id];
  return {
    id: t.id,
    title: TOPIC_LABELS[t.id],
    question: t.question,
    summary: t.summary,
    aliases: t.aliases,
    lastReviewed: t.lastReviewed,
    url: site + urls.topic(t.id),
    assessments: t.assessments.map((a) => ({
      row: a.row,
      grade: cells[a.row]?.grade ?? gradeOn(a, date) ?? 'unknown',
      history: a.history,
      summary: a.summary,
      provisions: a.provisions.map((ref) => ({ ref, url: site + refUrl(ref) })),
      ...(a.penalty ? { penalty: a.penalty } : {}),
      ...(a.gaps ? { gaps: a.gaps } : {}),
      positions: a.positions,
      asOf: a.asOf,
      sources: a.sources
        .map((id) => byId.get(id))
        .filter((s): s is Source => !!s)
        .map(sourceOut),
    })),
  };
}

export function topicsJson(kb: KnowledgeBase, date: string, generated: string, site = ''): TopicsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    asOf: date,
    licence: LICENCE,
    topics: kb.topics.map((t) => topicRecord(t, kb, date, site)),
  };
}

/** Flat matrix rows: one per topic x jurisdiction row. Shared by JSON and CSV. */
export function matrixRows(kb: KnowledgeBase, date: string, site = ''): MatrixFile['cells'] {
  const m = buildMatrix(kb, date, true);
  return m.topics.flatMap((t) =>
    m.rows
      .map((r) => m.cells[t][r])
      .filter(Boolean)
      .map((c) => ({
        topic: c.topic,
        topicTitle: TOPIC_LABELS[c.topic],
        row: c.row,
        rowLabel: COMPARISON_ROW_LABELS[c.row],
        grade: c.grade,
        gradeLabel: COVERAGE_LABELS[c.grade],
        since: c.since ?? '',
        nextChange: c.next ? `${c.next.from}: ${c.next.grade}` : '',
        summary: c.assessment.summary,
        provisions: c.assessment.provisions,
        penalty: c.assessment.penalty ?? '',
        gaps: c.assessment.gaps ?? '',
        asOf: c.assessment.asOf,
        sources: c.assessment.sources,
        url: site + urls.topicRow(c.topic, c.row),
      })),
  );
}

export const MATRIX_COLUMNS = [
  'topic',
  'topicTitle',
  'row',
  'rowLabel',
  'grade',
  'gradeLabel',
  'since',
  'nextChange',
  'summary',
  'provisions',
  'penalty',
  'gaps',
  'asOf',
  'sources',
  'url',
] as const;

export function matrixJson(kb: KnowledgeBase, date: string, generated: string, site = ''): MatrixFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    asOf: date,
    licence: LICENCE,
    cells: matrixRows(kb, date, site),
  };
}

export function gapsJson(kb: KnowledgeBase, date: string, generated: string): GapsFile {
  const reachOf = (t: Topic, group: PartGroup) => {
    const reach = BREAKDOWN_FACTS.flatMap((f) => reachBreakdown(t, group, f, date) ?? []).map((b) => ({
      fact: b.fact,
      sentence: b.sentence,
      answers: b.answers,
    }));
    return reach.length ? { reach } : {};
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    asOf: date,
    gaps: gapList(kb, date).map((g) => ({
      topic: g.cell.topic,
      row: g.cell.row,
      grade: g.cell.grade,
      paragraph: g.paragraph,
      sources: g.sources,
      lastChecked: g.cell.assessment.asOf,
      established: g.established,
    })),
    parts: kb.topics.flatMap((t) =>
      PART_GROUPS.flatMap((group) => {
        const list = partGapList(kb, t, group, date);
        return list
          ? [
              {
                topic: list.topic,
                group: group.id,
                paragraph: list.paragraph,
                shortOf: list.gaps.map((c) => ({ row: c.row, grade: c.grade })),
                notEstablished: list.unknown.map((c) => c.row),
                ...reachOf(t, group),
              },
            ]
          : [];
      }),
    ),
  };
}

/** One row per provision, with its instrument: the flat table researchers load into a spreadsheet. */
export function provisionRows(kb: KnowledgeBase, site = '') {
  return kb.instruments.flatMap((i) =>
    i.provisions.map((p) => ({
      instrument: i.id,
      instrumentTitle: i.title,
      jurisdiction: i.jurisdiction,
      kind: i.kind,
      citation: i.citation,
      stage: i.stage.value,
      stageAsOf: i.stage.asOf,
      inForce: i.inForce.value,
      provision: p.id,
      label: p.label,
      title: p.title,
      topics: p.topics,
      summary: p.summary,
      penalty: p.penalty ?? '',
      provisionInForce: p.inForce?.value ?? i.inForce.value,
      provisionInForceFrom: p.inForce?.from ?? '',
      unverified: p.unverified ?? '',
      officialText: p.url ?? '',
      url: site + urls.provision(i.id, p.id),
    })),
  );
}

export const PROVISION_COLUMNS = [
  'instrument',
  'instrumentTitle',
  'jurisdiction',
  'kind',
  'citation',
  'stage',
  'stageAsOf',
  'inForce',
  'provision',
  'label',
  'title',
  'topics',
  'summary',
  'penalty',
  'provisionInForce',
  'provisionInForceFrom',
  'unverified',
  'officialText',
  'url',
] as const;

/** /api/jurisdictions.json: every jurisdiction with its stable id, name, parent and kind. */
export function jurisdictionsJson(generated: string): JurisdictionsFile {
  return {
    schemaVersion: SCHEMA_VERSION,
    generated,
    jurisdictions: JURISDICTION_IDS.map((id) => {
      const { name, parent, kind } = JURISDICTION_INFO[id];
      return { id, name, parent, kind };
    }),
  };
}
