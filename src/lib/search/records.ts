/** Search records: one per instrument, provision and topic, with weighted fields. Pure. */
import type { KnowledgeBase } from '../kb';
import { instrumentTopics } from '../instruments';
import { provisionStatus } from '../provision-status';
import { instrumentStatus } from '../status';
import { jurisdictionsWithPages } from '../views';
import {
  INSTRUMENT_KIND_LABELS,
  JURISDICTION_INFO,
  JURISDICTION_KIND_LABELS,
  JURISDICTION_LABELS,
  JURISDICTION_SHORT,
  ROOT_JURISDICTIONS,
  TOPIC_LABELS,
  type TopicId,
} from '../../vocab';
import { urls } from '../urls';

export type RecordType = 'instrument' | 'provision' | 'topic' | 'term' | 'jurisdiction';

/** A record's page: derived from its type and id, so the shipped index need not carry it. */
export function recordUrl(t: RecordType, id: string): string {
  const [head, anchor] = id.split('#');
  if (t === 'provision') return urls.provision(head, anchor);
  if (t === 'instrument') return urls.instrument(id);
  if (t === 'topic') return urls.topic(id);
  if (t === 'jurisdiction') return urls.jurisdiction(id);
  return urls.glossary(anchor);
}

/** What a result shows and filters on. Short keys keep the shipped index small. */
export interface SearchRecord {
  /** type */
  t: RecordType;
  /** id: "uk/foo", "uk/foo#s-1", the topic id, "glossary#term" or the jurisdiction id */
  id: string;
  /** title shown */
  title: string;
  /** provision label, instrument citation, or what a topic, term or jurisdiction is */
  label: string;
  /** the instrument's title (provisions and instruments); empty for topics */
  instrument: string;
  /** jurisdiction id; empty for topics and terms */
  j: string;
  /** instrument kind id; empty for topics */
  k: string;
  /** topic ids */
  topics: string[];
  /** in force: yes / partly / no / unknown / not-applicable; empty for topics */
  f: string;
  /** the in-force status as shown ("In force", "Commencement not confirmed"); empty where none is shown */
  status: string;
  /** page URL with anchor */
  url: string;
  /** text shown under the title: the summary or question */
  text: string;
}

/** A field of a record with the weight its terms carry. */
export interface WeightedField {
  text: string;
  weight: number;
}

const WEIGHTS = { title: 4, alias: 4, citation: 4, label: 5, topic: 1.5, text: 1, context: 0.6 } as const;

export interface RecordWithFields {
  record: SearchRecord;
  fields: WeightedField[];
  /** Exact phrases (title, aliases) that earn a bonus when the whole query matches one. */
  phrases: string[];
}

/** The jurisdiction filter's choices by root: the root (which takes in its parts), then its parts with content. */
export function jurisdictionFilterGroups(kb: KnowledgeBase) {
  const pages = jurisdictionsWithPages(kb);
  return ROOT_JURISDICTIONS.map((root) => ({
    root,
    label: JURISDICTION_LABELS[root],
    parts: pages.filter((j) => JURISDICTION_INFO[j].parent === root),
  }));
}

/** Builds records from the knowledge base as of `date` (for provision in-force status). */
export function buildRecords(kb: KnowledgeBase, date: string): RecordWithFields[] {
  const out: RecordWithFields[] = [];
  const topicLabel = (ids: readonly string[]) => ids.map((t) => TOPIC_LABELS[t as TopicId] ?? t).join(' ');
  for (const inst of kb.instruments) {
    const where =
      `${JURISDICTION_SHORT[inst.jurisdiction]} ${JURISDICTION_LABELS[inst.jurisdiction]} ` +
      `${inst.subJurisdiction ?? ''}`;
    const cites = [inst.citation, ...inst.otherCitations].join(' ; ');
    const topics = instrumentTopics(inst);
    const instStatus = instrumentStatus(inst, date);
    out.push({
      record: {
        t: 'instrument',
        id: inst.id,
        title: inst.title,
        label: inst.citation,
        instrument: inst.title,
        j: inst.jurisdiction,
        k: inst.kind,
        topics,
        f: instStatus.id,
        status: instStatus.label,
        url: urls.instrument(inst.id),
        text: inst.summary,
      },
      fields: [
        { text: inst.title, weight: WEIGHTS.title },
        { text: `${inst.shortTitle} ; ${inst.aliases.join(' ; ')}`, weight: WEIGHTS.alias },
        { text: cites, weight: WEIGHTS.citation },
        { text: `${topicLabel(topics)} ${INSTRUMENT_KIND_LABELS[inst.kind]}`, weight: WEIGHTS.topic },
        { text: inst.summary, weight: WEIGHTS.text },
        { text: where, weight: WEIGHTS.context },
      ],
      phrases: [inst.title, inst.shortTitle, ...inst.aliases],
    });
    for (const p of inst.provisions) {
      // The provision's own status, through the one function every view takes it from.
      const status = provisionStatus(inst, p, date);
      out.push({
        record: {
          t: 'provision',
          id: `${inst.id}#${p.id}`,
          title: p.title,
          label: p.label,
          // The short title: it is shown under each provision, and the full title would repeat per provision.
          instrument: inst.shortTitle,
          j: inst.jurisdiction,
          k: inst.kind,
          topics: p.topics,
          f: status.value,
          status: status.label,
          url: urls.provision(inst.id, p.id),
          text: p.summary,
        },
        fields: [
          { text: p.title, weight: WEIGHTS.title },
          { text: p.label, weight: WEIGHTS.label },
          { text: `${topicLabel(p.topics)}`, weight: WEIGHTS.topic },
          { text: `${p.summary} ${p.quote?.text ?? ''} ${p.penalty ?? ''}`, weight: WEIGHTS.text },
          {
            text: `${inst.title} ${inst.shortTitle} ${inst.aliases.join(' ')} ${cites} ${where}`,
            weight: WEIGHTS.context,
          },
        ],
        phrases: [p.title, p.label],
      });
    }
  }
  for (const t of kb.topics) {
    const label = TOPIC_LABELS[t.id as TopicId] ?? t.id;
    out.push({
      record: {
        t: 'topic',
        id: t.id,
        title: label,
        label: 'Topic',
        instrument: '',
        j: '',
        k: '',
        topics: [t.id],
        f: '',
        status: '',
        url: urls.topic(t.id),
        text: t.question,
      },
      fields: [
        { text: label, weight: WEIGHTS.title },
        { text: t.aliases.join(' ; '), weight: WEIGHTS.alias },
        { text: `${t.question} ${t.summary}`, weight: WEIGHTS.text },
      ],
      phrases: [label, ...t.aliases],
    });
  }
  for (const id of jurisdictionsWithPages(kb)) {
    const info = JURISDICTION_INFO[id];
    const parent = info.parent ? JURISDICTION_LABELS[info.parent] : '';
    const assessed = kb.topics.filter((t) => t.assessments.some((a) => a.row === id)).length;
    const kind = JURISDICTION_KIND_LABELS[info.kind];
    out.push({
      record: {
        t: 'jurisdiction',
        id,
        title: info.name,
        label: kind,
        instrument: '',
        j: id,
        k: '',
        topics: [],
        f: '',
        status: '',
        url: urls.jurisdiction(id),
        text: info.parent
          ? `${kind}${parent ? ` (${parent})` : ''}: its grade on ${assessed} topic${assessed === 1 ? '' : 's'}, ` +
            'with the statutes and sources behind each.'
          : `${kind}: its coverage by topic and its instruments.`,
      },
      fields: [
        { text: info.name, weight: WEIGHTS.title },
        { text: info.short, weight: WEIGHTS.alias },
        { text: `${kind} ${parent}`, weight: WEIGHTS.context },
      ],
      phrases: [info.name],
    });
  }
  for (const g of kb.glossary ?? []) {
    out.push({
      record: {
        t: 'term',
        id: `glossary#${g.id}`,
        title: g.term,
        label: 'Glossary',
        instrument: '',
        j: '',
        k: '',
        topics: [],
        f: '',
        status: '',
        url: urls.glossary(g.id),
        text: g.definition,
      },
      fields: [
        { text: g.term, weight: WEIGHTS.title },
        { text: g.variants.join(' ; '), weight: WEIGHTS.alias },
        { text: g.definition, weight: WEIGHTS.text },
      ],
      phrases: [g.term, ...g.variants],
    });
  }
  return out;
}
