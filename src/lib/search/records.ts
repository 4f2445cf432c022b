/** Search records: one per instrument, provision and topic, with weighted fields. Pure. */
import type { KnowledgeBase } from '../kb';
import { instrumentTopics } from '../instruments';
import { provisionInForceOn } from '../as-of';
import {
  INSTRUMENT_KIND_LABELS,
  JURISDICTION_LABELS,
  JURISDICTION_SHORT,
  TOPIC_LABELS,
  type TopicId,
} from '../../vocab';
import { urls } from '../urls';

export type RecordType = 'instrument' | 'provision' | 'topic' | 'term';

/** What a result shows and filters on. Short keys keep the shipped index small. */
export interface SearchRecord {
  /** type */
  t: RecordType;
  /** id: "uk/foo", "uk/foo#s-1" or the topic id */
  id: string;
  /** title shown */
  title: string;
  /** provision label or instrument citation */
  label: string;
  /** the instrument's title (provisions and instruments); empty for topics */
  instrument: string;
  /** jurisdiction id; empty for topics */
  j: string;
  /** instrument kind id; empty for topics */
  k: string;
  /** topic ids */
  topics: string[];
  /** in force: yes / partly / no / unknown / not-applicable; empty for topics */
  f: string;
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

const WEIGHTS = { title: 4, alias: 4, citation: 4, label: 3, topic: 1.5, text: 1, context: 0.6 } as const;

export interface RecordWithFields {
  record: SearchRecord;
  fields: WeightedField[];
  /** Exact phrases (title, aliases) that earn a bonus when the whole query matches one. */
  phrases: string[];
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
        f: inst.inForce.value,
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
          f: provisionInForceOn(inst, p, date),
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
        phrases: [p.title],
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
