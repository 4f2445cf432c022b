import { describe, expect, it } from 'vitest';
import { dates as rule } from '../../../src/lib/check/rules/dates';
import { reported, run, validContext } from './context';

const FUTURE = '2027-01-01';

describe('rule dates', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('allows scheduled events in the future', () => {
    const ctx = validContext();
    const types = ['applies-from', 'entry-into-force', 'commencement', 'expiry'] as const;
    for (const type of types) ctx.instruments[0].timeline.push({ date: FUTURE, type, event: type, sources: ['leg-a'] });
    expect(run(rule, ctx)).toEqual([]);
  });

  it('reports a source published after today', () => {
    const ctx = validContext();
    ctx.sources[1].published = FUTURE;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/sources/uk.yaml
      path: source "news-a".published
      message: got 2027-01-01, after today (2026-11-21); a publication date cannot be in the future
      fix: correct the date"
    `);
  });

  it('reports a review date after today on an instrument and a topic', () => {
    const ctx = validContext();
    ctx.instruments[0].lastReviewed = FUTURE;
    ctx.topics[0].lastReviewed = FUTURE;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: lastReviewed
      message: got 2027-01-01, after today (2026-11-21); a review date cannot be in the future
      fix: correct the date

      file: content/topics/csa-image-generators.mdx
      path: lastReviewed
      message: got 2027-01-01, after today (2026-11-21); a review date cannot be in the future
      fix: correct the date"
    `);
  });

  it('reports as-of dates after today', () => {
    const ctx = validContext();
    const a = ctx.instruments[0];
    a.stage.asOf = FUTURE;
    a.inForce.asOf = FUTURE;
    a.provisions[1].inForce!.asOf = FUTURE;
    ctx.topics[0].assessments[1].asOf = FUTURE;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: stage.asOf
      message: got 2027-01-01, after today (2026-11-21); an as-of date cannot be in the future
      fix: correct the date

      file: content/instruments/uk/example-act-2020.mdx
      path: inForce.asOf
      message: got 2027-01-01, after today (2026-11-21); an as-of date cannot be in the future
      fix: correct the date

      file: content/instruments/uk/example-act-2020.mdx
      path: provisions[1].inForce.asOf
      message: got 2027-01-01, after today (2026-11-21); an as-of date cannot be in the future
      fix: correct the date

      file: content/topics/csa-image-generators.mdx
      path: assessments[1].asOf
      message: got 2027-01-01, after today (2026-11-21); an as-of date cannot be in the future
      fix: correct the date"
    `);
  });

  it('reports a change dated after today', () => {
    const ctx = validContext();
    ctx.instruments[1].changes = [{ date: FUTURE, kind: 'law', summary: 'Amended.', sources: ['eur-b'] }];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/eu/example-regulation.mdx
      path: changes[0].date
      message: got 2027-01-01, after today (2026-11-21); a change cannot be in the future
      fix: correct the date"
    `);
  });

  it('reports an event after today that cannot be scheduled', () => {
    const ctx = validContext();
    ctx.instruments[0].timeline.push({ date: FUTURE, type: 'royal-assent', event: 'Assent', sources: ['leg-a'] });
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline[3].date
      message: got 2027-01-01, after today (2026-11-21); an event of type "royal-assent" cannot be in the
        future
      fix: correct the date"
    `);
  });

  it('reports a provision that stops applying before it starts', () => {
    const ctx = validContext();
    ctx.instruments[0].provisions[1].inForce!.until = '2026-12-31';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: provisions[1].inForce.until
      message: got 2026-12-31, before inForce.from (2027-01-01)
      fix: a provision must start applying before it stops"
    `);
  });
});
