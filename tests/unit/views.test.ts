/** View functions: what pages show, computed without a page. */
import { describe, expect, it } from 'vitest';
import { instrumentSchema, sourceSchema, topicSchema } from '../../src/schemas';
import type { KnowledgeBase } from '../../src/lib/kb';
import { buildMatrix } from '../../src/lib/matrix';
import { asOfDates, resolveSources, reviewOverdue, topicTable } from '../../src/lib/views';
import { TOPICS } from '../../src/vocab';
import { instrumentA, instrumentB, sources, topic } from '../fixtures/kb';

const kb: KnowledgeBase = {
  instruments: [
    { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' },
    { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' },
  ],
  topics: TOPICS.map((id) => ({ ...topicSchema.parse(topic(id)), id })),
  sources: sources().map((s) => sourceSchema.parse(s)),
};

describe('view functions', () => {
  it('"as of" the view date, and "last checked" only where the check was on another day', () => {
    expect(asOfDates('2026-12-01', '2026-11-21')).toEqual({ view: '2026-12-01', checked: '2026-11-21' });
    expect(asOfDates('2026-12-01', '2026-12-01')).toEqual({ view: '2026-12-01' });
  });
  it('topic table rows carry evidence, status on the view date with its check date, and gap notes', () => {
    const { rows, notes } = topicTable(kb, buildMatrix(kb, '2026-12-01'), 'ai-csam-offences');
    expect(rows.map((r) => r.cell.row)).toEqual(['uk', 'us-federal', 'us-states', 'eu']);
    expect(rows[0].evidence).toEqual([{ href: '/instruments/uk/example-act-2020/#s-1', label: 'EA 2020, Section 1' }]);
    // Section 1's own status, not the Act's ("partly in force", because section 2 starts in 2027).
    expect(rows[0].status).toEqual([
      {
        label: 'EA 2020, Section 1',
        status: { id: 'in-force', label: 'In force', detail: 'since 2020-03-01' },
        checked: '2026-11-21',
      },
    ]);
    expect(notes.map((n) => [n.n, n.row])).toEqual([
      [1, 'uk'],
      [2, 'us-federal'],
      [3, 'us-states'],
      [4, 'eu'],
    ]);
    expect(rows.map((r) => r.gapNote)).toEqual([1, 2, 3, 4]);
  });
  it('resolves source ids in order, once each, dropping unknown ones', () => {
    expect(resolveSources(kb.sources, ['eur-b', 'nope', 'leg-a', 'eur-b']).map((s) => s.id)).toEqual([
      'eur-b',
      'leg-a',
    ]);
  });
  it('flags an entry once it is past the review interval', () => {
    expect(reviewOverdue('2026-06-04', '2026-12-01')).toBe(false);
    expect(reviewOverdue('2026-06-03', '2026-12-01')).toBe(true);
  });
});
