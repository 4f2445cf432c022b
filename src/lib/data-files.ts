/** The open-data files, each with what it holds: the /data/ page lists exactly these. */
import { TOPICS, TOPIC_LABELS } from '../vocab';
import { urls } from './urls';

export interface DataFile {
  /** The file's path on the site. */
  path: string;
  /** What it holds, in a sentence. */
  description: string;
}

export function dataFiles(): DataFile[] {
  return [
    {
      path: urls.api.instrumentsJson(),
      description:
        'Every instrument with its citation, stage and in-force status (each with asOf and sources), timeline, ' +
        'provisions, topics and sources.',
    },
    {
      path: urls.api.instrumentsCsv(),
      description: 'One row per provision with its instrument, status, penalty and links.',
    },
    {
      path: urls.api.topicsJson(),
      description:
        'Every topic with its question and its assessment for each jurisdiction: grade, grade history, provisions, ' +
        'penalty, gaps, positions, sources.',
    },
    { path: urls.api.matrixJson(), description: 'The coverage matrix: one cell per topic and jurisdiction row.' },
    { path: urls.api.matrixCsv(), description: 'The coverage matrix as a table: one row per topic and jurisdiction.' },
    { path: urls.api.gapsJson(), description: 'The gap list with its citable paragraphs.' },
    {
      path: urls.api.jurisdictionsJson(),
      description:
        'Every jurisdiction with its stable id, name, parent and kind: the UK and its legal systems, the US ' +
        '(federal law, the states and DC), the EU and its member states.',
    },
    {
      path: urls.api.snapshot(),
      description:
        'Everything in one download: instruments, topics, matrix, gaps, sources, corrections and glossary, with the ' +
        'JSON Schema.',
    },
    {
      path: urls.api.asOfIndex(),
      description: 'The key dates, each with the matrix as it stood on that date (/api/as-of/<date>/matrix.json).',
    },
    {
      path: urls.api.schema(),
      description:
        'JSON Schema (draft 2020-12) of every JSON file, generated from the schemas that validate the content.',
    },
    ...TOPICS.map((t) => ({ path: urls.api.topicCsv(t), description: `The table for ${TOPIC_LABELS[t]}.` })),
  ];
}
