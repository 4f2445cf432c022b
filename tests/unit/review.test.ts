/** npm run review's list, on a fixture knowledge base: what is due, soonest first. */
import { describe, expect, it } from 'vitest';
import { instrumentSchema, sourceSchema, topicSchema } from '../../src/schemas';
import type { KnowledgeBase } from '../../src/lib/kb';
import { reviewItems } from '../../src/lib/review';
import { TOPICS } from '../../src/vocab';
import { instrumentA, instrumentB, sources, topic } from '../fixtures/kb';

function fixture(): KnowledgeBase {
  const a = instrumentSchema.parse({
    ...instrumentA(),
    lastReviewed: '2026-01-01',
    timeline: [
      ...instrumentA().timeline,
      { date: '2027-01-10', type: 'applies-from', event: 'Ban applies', sources: ['leg-a'] },
    ],
  });
  a.provisions[0].unverified = 'Penalty not confirmed.';
  const topics = TOPICS.map((id) => ({ ...topicSchema.parse(topic(id)), id }));
  topics[0].assessments[0].history.push({ from: '2027-01-20', grade: 'explicit', note: 'Ban applies.', sources: [] });
  const src = sources().map((s) => sourceSchema.parse(s));
  src[1] = { ...src[1], published: '2024-06-01', accessed: undefined };
  src[2] = { ...src[2], published: '2024-06-01', accessed: '2026-11-01' };
  return {
    instruments: [
      { ...a, id: 'uk/example-act-2020' },
      { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' },
    ],
    topics,
    sources: src,
  };
}

describe('review list', () => {
  const items = reviewItems(fixture(), '2026-12-01', 60);
  it('lists an entry past its review interval, with the date it fell due', () => {
    expect(items.filter((i) => i.kind === 'overdue')).toEqual([
      {
        kind: 'overdue',
        due: '2026-06-30',
        subject: 'EA 2020',
        detail: 'last reviewed 2026-01-01',
        url: '/instruments/uk/example-act-2020/',
      },
    ]);
  });
  it('lists dated events and grade changes in the window, and nothing beyond it', () => {
    const upcoming = items.filter((i) => i.kind === 'upcoming').map((i) => `${i.due} ${i.subject}: ${i.detail}`);
    expect(upcoming).toEqual([
      '2027-01-01 EA 2020: Section 2 applies from this date',
      '2027-01-10 EA 2020: Applies from: Ban applies',
      '2027-01-20 CSA image generators, United Kingdom: grade becomes "Covered explicitly": Ban applies.',
    ]);
    expect(reviewItems(fixture(), '2026-12-01', 30).filter((i) => i.kind === 'upcoming')).toEqual([]);
  });
  it('lists sources not checked for a year, using the access date where there is one', () => {
    expect(items.filter((i) => i.kind === 'source').map((i) => i.detail)).toEqual([
      'source "news-a" last checked 2024-06-01',
    ]);
  });
  it('lists unverified markers last, by instrument, and sorts dated items soonest first', () => {
    expect(items.at(-1)).toMatchObject({
      kind: 'unverified',
      subject: 'EA 2020',
      detail: 'Section 1: Penalty not confirmed.',
    });
    const dates = items.filter((i) => i.due).map((i) => i.due!);
    expect(dates).toEqual([...dates].sort());
    expect(items[0].kind).toBe('source');
  });
});
