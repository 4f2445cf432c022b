/**
 * A small, valid CheckContext built in memory from the fixtures, for calling one rule's check
 * directly. Each test mutates one piece of a fresh context and pins what the rule reports.
 */
import type { CheckContext, Rule } from '../../../src/lib/check/rule';
import type { Problem } from '../../../src/lib/check/problems';
import {
  correctionsFileSchema,
  glossaryTermSchema,
  instrumentSchema,
  sourceSchema,
  topicSchema,
} from '../../../src/schemas';
import { TOPICS } from '../../../src/vocab';
import { instrumentA, instrumentB, sources, topic, TODAY } from '../../fixtures/kb';
import { problemText } from '../../fixtures/problem-text';

export const A_FILE = 'content/instruments/uk/example-act-2020.mdx';
export const B_FILE = 'content/instruments/eu/example-regulation.mdx';

/** The fixture knowledge base, plus a glossary term and a corrections file that cite it. */
export function validContext(): CheckContext {
  const a = instrumentSchema.parse({ ...instrumentA(), related: ['eu/example-regulation'] });
  a.timeline[2].provisions = ['s-1'];
  const b = instrumentSchema.parse(instrumentB());
  return {
    instruments: [
      { ...a, id: 'uk/example-act-2020', file: A_FILE, body: 'Body text.', bodyOffset: 40 },
      { ...b, id: 'eu/example-regulation', file: B_FILE, body: 'Body text.', bodyOffset: 30 },
    ],
    topics: TOPICS.map((id) => ({ ...topicSchema.parse(topic(id)), id, file: `content/topics/${id}.mdx` })),
    sources: sources().map((s) => ({ ...sourceSchema.parse(s), file: 'content/sources/uk.yaml' })),
    corrections: [
      {
        ...correctionsFileSchema.parse({
          report: 'A report',
          publisher: 'A publisher',
          published: '2025',
          corrections: [
            {
              id: 'c-1',
              claim: 'A claim.',
              location: 'Page 1',
              status: 'stale',
              correction: 'What is right.',
              asOf: '2026-01-01',
              see: ['uk/example-act-2020#s-1'],
              sources: ['leg-a'],
            },
          ],
        }),
        id: 'a-report',
        file: 'content/corrections/a-report.yaml',
      },
    ],
    glossary: [
      {
        ...glossaryTermSchema.parse({
          id: 'pseudo-photograph',
          term: 'pseudo-photograph',
          definition: 'An image that appears to be a photograph.',
          definedIn: ['uk/example-act-2020#s-1'],
          sources: ['leg-a'],
        }),
        file: 'content/glossary.yaml',
      },
    ],
    today: TODAY,
  };
}

/** Runs one rule on the context and returns every problem it reports, in order. */
export function run(rule: Rule, ctx: CheckContext): Problem[] {
  const problems: Problem[] = [];
  rule.check(ctx, (p) => problems.push(p));
  return problems;
}

/** What one rule reports on the context, as text for an inline snapshot (see tests/fixtures/problem-text.ts). */
export const reported = (rule: Rule, ctx: CheckContext): string => problemText(run(rule, ctx));
