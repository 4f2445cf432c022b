import { describe, expect, it } from 'vitest';
import { provisionReferences as rule } from '../../../src/lib/check/rules/provision-references';
import { reported, run, validContext } from './context';

describe('rule provision-references', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('reports an assessment citing an unknown instrument', () => {
    const ctx = validContext();
    ctx.topics[0].assessments[0].provisions = ['uk/no-such-act#s-1'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].provisions[0]
      message: got "uk/no-such-act#s-1": unknown instrument "uk/no-such-act"
      fix: use "<jurisdiction>/<file name>#<provision id>" of an existing entry"
    `);
  });

  it('reports an assessment citing an unknown provision, listing the ones there are', () => {
    const ctx = validContext();
    ctx.topics[0].assessments[0].provisions = ['uk/example-act-2020', 'uk/example-act-2020#s-99'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/csa-image-generators.mdx
      path: assessments[0].provisions[1]
      message: got "uk/example-act-2020#s-99": instrument "uk/example-act-2020" has no provision "s-99"
        (it has "s-1", "s-2")
      fix: use "<jurisdiction>/<file name>#<provision id>" of an existing entry"
    `);
  });

  it('reports a glossary term defined in an unknown provision', () => {
    const ctx = validContext();
    ctx.glossary[0].definedIn = ['eu/example-regulation#art-6'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/glossary.yaml
      path: [0] "pseudo-photograph".definedIn[0]
      message: got "eu/example-regulation#art-6": instrument "eu/example-regulation" has no provision
        "art-6" (it has "art-5")
      fix: use "<jurisdiction>/<file name>#<provision id>" of an existing entry"
    `);
  });

  it('reports a correction pointing to an unknown instrument', () => {
    const ctx = validContext();
    ctx.corrections[0].corrections[0].see = ['eu/no-such-regulation'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/corrections/a-report.yaml
      path: corrections[0].see[0]
      message: got "eu/no-such-regulation": unknown instrument "eu/no-such-regulation"
      fix: use "<jurisdiction>/<file name>#<provision id>" of an existing entry"
    `);
  });

  it('reports a related instrument that does not exist', () => {
    const ctx = validContext();
    ctx.instruments[0].related = ['uk/no-such-act'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: related[0]
      message: got "uk/no-such-act": unknown instrument "uk/no-such-act"
      fix: use the id of an existing instrument, e.g. "uk/online-safety-act-2023""
    `);
  });

  it('reports a timeline event naming a provision the instrument does not have', () => {
    const ctx = validContext();
    ctx.instruments[0].timeline[2].provisions = ['s-1', 's-3'];
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline[2].provisions[1]
      message: unknown provision "s-3"
      fix: use one of this instrument's provision ids: s-1, s-2"
    `);
  });
});
