import { describe, expect, it } from 'vitest';
import { timelineConsistency as rule } from '../../../src/lib/check/rules/timeline-consistency';
import { reported, run, validContext } from './context';

const event = (date: string, type: 'other' | 'committee' | 'entry-into-force') => ({
  date,
  type,
  event: `An event of type ${type}`,
  sources: ['leg-a'],
});

describe('rule timeline-consistency', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports events out of date order', () => {
    const ctx = validContext();
    const t = ctx.instruments[0].timeline;
    ctx.instruments[0].timeline = [t[0], t[2], t[1]];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline[2].date
      message: got 2020-01-15, earlier than timeline[1] (2020-03-01)
      fix: list events oldest first"
    `);
  });

  it('reports an event before the introduction', () => {
    const ctx = validContext();
    ctx.instruments[0].timeline.unshift(event('2018-01-01', 'committee'));
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline[0].date
      message: got 2018-01-01, before the introduction on 2019-06-01
      fix: correct the date: no event can precede the introduction"
    `);
  });

  it('reports an event before the proposal', () => {
    const ctx = validContext();
    ctx.instruments[1].timeline.unshift(event('2023-01-01', 'other'));
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/eu/example-regulation.mdx
      path: timeline[0].date
      message: got 2023-01-01, before the proposal on 2024-02-06
      fix: correct the date: no event can precede the introduction"
    `);
  });

  it('reports a position event that does not name its body', () => {
    const ctx = validContext();
    const t = ctx.instruments[1].timeline;
    t.splice(1, 0, { ...event('2024-12-01', 'other'), type: 'position' });
    const out = reported(rule, ctx);
    expect(out).toContain('path: timeline[1].body');
    expect(out).toContain('fix: add body: council or body: parliament');
  });

  it('checks only the order of an overview', () => {
    const ctx = validContext();
    const a = ctx.instruments[0];
    a.kind = 'overview';
    a.timeline = [event('2020-01-01', 'other'), event('2019-01-01', 'other')];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline[1].date
      message: got 2019-01-01, earlier than timeline[0] (2020-01-01)
      fix: list events oldest first"
    `);
  });

  it('reports an enacted instrument without an enactment event', () => {
    const ctx = validContext();
    ctx.instruments[0].timeline = [event('2020-03-01', 'entry-into-force')];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline
      message: stage is "enacted" but no event of type "royal-assent", "signed" or "adopted" is listed
      fix: add the dated enactment event with its source"
    `);
  });

  it('reports a decided case without a judgment', () => {
    const ctx = validContext();
    const a = ctx.instruments[0];
    a.kind = 'court-decision';
    a.stage.value = 'decided';
    a.timeline = [event('2020-03-01', 'other')];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline
      message: stage is "decided" but no event of type "judgment" is listed
      fix: add the dated judgment with its source"
    `);
  });

  it('reports a stage that disagrees with the timeline', () => {
    const ctx = validContext();
    ctx.instruments[0].stage.value = 'introduced';
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: stage.value
      message: got "introduced", but the timeline up to 2026-11-21 puts it at "enacted" (Enacted; last
        event 2020-03-01 "entry-into-force")
      fix: set stage.value to "enacted", or add the missing timeline event that moved it to "introduced""
    `);
  });
});
