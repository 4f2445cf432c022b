/**
 * Dates drive grades: a site built on the day a dated grade step takes effect shows the new grade,
 * and one built the day before does not. Checked for every dated step in the real content, so the
 * scheduled daily rebuild is what keeps the published site right.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { matrixJson } from '../../src/lib/exports';
import { buildDate } from '../../src/node/env';
import { loadKbFromDisk } from '../../src/node/knowledge-base';
import { COMPARISON_ROWS } from '../../src/vocab';
import { statesSummary } from '../../src/lib/states';

const kb = loadKbFromDisk(process.cwd());
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const grade = (date: string, topic: string, row: string) =>
  matrixJson(kb, date, date).cells.find((c) => c.topic === topic && c.row === row)?.grade;

describe('the grade flips on the day its step takes effect', () => {
  const steps = kb.topics.flatMap((t) =>
    t.assessments
      // The US states row is derived from the state rows where a topic has them, not from its own steps.
      .filter((a) => (COMPARISON_ROWS as readonly string[]).includes(a.row))
      .filter((a) => !(a.row === 'us-states' && statesSummary(t, '2100-01-01')))
      .flatMap((a) =>
        a.history
          .slice(1)
          .filter((s, i) => s.grade !== a.history[i].grade)
          .map((s) => ({ topic: t.id, row: a.row, s })),
      ),
  );
  it('has dated steps to check', () => expect(steps.length).toBeGreaterThan(10));
  for (const { topic, row, s } of steps) {
    it(`${topic} / ${row} becomes ${s.grade} on ${s.from}`, () => {
      expect(grade(s.from, topic, row)).toBe(s.grade);
      expect(grade(dayBefore(s.from), topic, row)).not.toBe(s.grade);
    });
  }
});

describe('the build date', () => {
  const saved = process.env.KB_TODAY;
  afterEach(() => {
    if (saved === undefined) delete process.env.KB_TODAY;
    else process.env.KB_TODAY = saved;
  });
  it('is KB_TODAY when set, so a build can be dated the day after a key date', () => {
    process.env.KB_TODAY = '2026-12-02';
    expect(buildDate()).toBe('2026-12-02');
  });
  it('is today otherwise', () => {
    delete process.env.KB_TODAY;
    expect(buildDate()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe('the US states row on any date', () => {
  it('is derived from the state rows, for every topic that has them, on every key date', () => {
    const dates = [...new Set(kb.topics.flatMap((t) => t.assessments.flatMap((a) => a.history.map((h) => h.from))))];
    let checked = 0;
    for (const t of kb.topics) {
      for (const d of dates) {
        const summary = statesSummary(t, d);
        if (!summary) continue;
        expect(grade(d, t.id, 'us-states'), `${t.id} on ${d}`).toBe(summary.grade);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
