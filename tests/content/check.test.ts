/**
 * The content check on fixtures: a good tree passes; each kind of broken entry fails with a block
 * naming the file, the field, the value received, what is allowed, and a fix. Messages are pinned
 * with inline snapshots so a change in wording shows in review.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/node/read-content';
import { validateContent } from '../../src/lib/check/validate';
import { formatProblems, isError } from '../../src/lib/check/problems';
import { goodFiles, instrumentA, mdx, sources, topic, TODAY, writeFixture, type FixtureFiles } from '../fixtures/kb';
import { stringify } from 'yaml';

function check(files: FixtureFiles, today = TODAY) {
  const { ctx, problems } = validateContent(readContent(writeFixture(files)), today);
  return { ctx, problems, errors: problems.filter(isError), text: formatProblems(problems) };
}

function withInstrument(mutate: (d: ReturnType<typeof instrumentA>) => unknown): FixtureFiles {
  const files = goodFiles();
  files['content/instruments/uk/example-act-2020.mdx'] = mdx(mutate(instrumentA()));
  return files;
}

describe('content check: good fixture', () => {
  it('passes with no problems and loads every entry', () => {
    const r = check(goodFiles());
    expect(r.problems).toEqual([]);
    expect(r.ctx.instruments.map((i) => i.id).sort()).toEqual(['eu/example-regulation', 'uk/example-act-2020']);
    expect(r.ctx.topics).toHaveLength(10);
    expect(r.ctx.sources).toHaveLength(3);
  });
});

describe('content check: schema problems', () => {
  it('reports a missing field with its path and a fix', () => {
    const r = check(withInstrument((d) => ({ ...d, citation: undefined })));
    expect(r.text).toMatchInlineSnapshot(`
      "x content/instruments/uk/example-act-2020.mdx
        citation: missing; expected string
        fix: add the field "citation" (see CONTRIBUTING.md#fields)"
    `);
  });

  it('reports an unknown enum value with the allowed values', () => {
    const r = check(withInstrument((d) => ({ ...d, stage: { ...d.stage, value: 'passed' } })));
    expect(r.errors).toHaveLength(1);
    expect(r.text).toContain('stage.value: got "passed"; expected one of "proposed" | "introduced"');
    expect(r.text).toContain('fix: use one of the listed values (they are defined in src/vocab/)');
  });

  it('reports an impossible date', () => {
    const r = check(withInstrument((d) => ({ ...d, lastReviewed: '2026-02-30' })));
    expect(r.text).toMatchInlineSnapshot(`
      "x content/instruments/uk/example-act-2020.mdx
        lastReviewed: got "2026-02-30"; expected a real date written YYYY-MM-DD
        fix: write the date as YYYY-MM-DD, the day the entry was last checked"
    `);
  });

  it('reports a review date in the future', () => {
    const r = check(withInstrument((d) => ({ ...d, lastReviewed: '2027-01-01' })));
    expect(r.text).toContain(
      'lastReviewed: got 2027-01-01, after today (2026-11-21); a review date cannot ' + 'be in the future',
    );
  });

  it('reports an unknown topic on a provision', () => {
    const r = check(
      withInstrument((d) => ({ ...d, provisions: [{ ...d.provisions[0], topics: ['deepfakes'] }, d.provisions[1]] })),
    );
    expect(r.text).toContain('provisions[0].topics[0]: got "deepfakes"; expected one of "csa-image-generators"');
    expect(r.text).toContain('fix: use topic ids from src/vocab/topics.ts');
  });

  it('reports a URL that is not https', () => {
    const r = check(withInstrument((d) => ({ ...d, officialUrl: 'http://www.legislation.gov.uk/ukpga/2020/1' })));
    expect(r.text).toContain('officialUrl: got "http://www.legislation.gov.uk/ukpga/2020/1"; expected an https:// URL');
  });

  it('reports an unknown field', () => {
    const r = check(withInstrument((d) => ({ ...d, titel: 'typo' })));
    expect(r.text).toContain('(frontmatter): unknown field "titel"');
  });

  it('reports malformed YAML with its line', () => {
    const files = goodFiles();
    files['content/instruments/uk/example-act-2020.mdx'] = '---\ntitle: Example\n  shortTitle: : broken\n---\n';
    const r = check(files);
    expect(r.errors).toHaveLength(1);
    expect(r.text).toMatch(
      /x content\/instruments\/uk\/example-act-2020\.mdx\n {2}\(YAML, line \d+\): malformed YAML: /,
    );
  });

  it('reports missing frontmatter', () => {
    const files = goodFiles();
    files['content/instruments/uk/example-act-2020.mdx'] = '# Just a heading\n';
    const r = check(files);
    expect(r.text).toMatchInlineSnapshot(`
      "x content/instruments/uk/example-act-2020.mdx
        (frontmatter): missing frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"
        fix: copy the frontmatter of an existing entry in the same folder and edit it"
    `);
  });

  it('reports every problem in a file at once, one block per file', () => {
    const files = withInstrument((d) => ({ ...d, citation: undefined, kind: 'law', lastReviewed: 'soon' }));
    files['content/instruments/eu/example-regulation.mdx'] = '# no frontmatter\n';
    const r = check(files);
    expect(r.errors.length).toBe(4);
    expect(r.text.split('\n\n')).toHaveLength(2);
    expect(r.text).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });
});

describe('content check: cross-references', () => {
  it('reports an unknown source id', () => {
    const r = check(withInstrument((d) => ({ ...d, stage: { ...d.stage, sources: ['leg-zzz'] } })));
    expect(r.text).toContain('stage.sources[0]: unknown source "leg-zzz"');
  });

  it('reports a duplicate provision id', () => {
    const r = check(
      withInstrument((d) => ({ ...d, provisions: [d.provisions[0], { ...d.provisions[1], id: 's-1' }] })),
    );
    expect(r.text).toContain('provisions[1].id: duplicate provision id "s-1" (also provisions[0])');
  });

  it('reports an unknown provision reference in an assessment', () => {
    const files = goodFiles();
    const t = topic('penalties');
    t.assessments[0].provisions = ['uk/example-act-2020#s-99'];
    files['content/topics/penalties.mdx'] = mdx(t);
    const r = check(files);
    expect(r.text).toContain(
      'assessments[0].provisions[0]: got "uk/example-act-2020#s-99": instrument ' +
        '"uk/example-act-2020" has no provision "s-99" (it has "s-1", "s-2")',
    );
  });

  it('reports a jurisdiction that does not match the folder', () => {
    const r = check(withInstrument((d) => ({ ...d, jurisdiction: 'us' })));
    expect(r.text).toContain('jurisdiction: got "us" but the file is in the folder "uk"');
  });

  it('reports an official source on a host that is not official', () => {
    const files = goodFiles();
    files['content/sources/uk.yaml'] = stringify([
      ...sources(),
      {
        id: 'fake-official',
        title: 'Blog',
        publisher: 'Blog',
        published: '2026-01-01',
        url: 'https://example.com/x',
        official: true,
        jurisdiction: 'uk',
      },
    ]);
    const r = check(files);
    expect(r.text).toContain(
      'source "fake-official".url: got "https://example.com/x"; an official UK source must be on legislation.gov.uk',
    );
  });

  it('requires every instrument to cite an official source', () => {
    const r = check(
      withInstrument((d) => {
        const swap = (o: { sources: string[] }) => ({ ...o, sources: ['news-a'] });
        return {
          ...d,
          stage: swap(d.stage),
          inForce: swap(d.inForce),
          timeline: d.timeline.map(swap),
          provisions: d.provisions.map((p) => ({ ...swap(p), inForce: p.inForce && swap(p.inForce) })),
        };
      }),
    );
    expect(r.text).toContain('sources: no official source is cited anywhere in the entry');
  });

  it('reports a stage that disagrees with the timeline', () => {
    const r = check(withInstrument((d) => ({ ...d, stage: { ...d.stage, value: 'introduced' } })));
    expect(r.text).toContain('stage.value: got "introduced", but the timeline up to 2026-11-21 puts it at "enacted"');
  });

  it('reports an enacted statute without an enactment event', () => {
    const r = check(withInstrument((d) => ({ ...d, timeline: [d.timeline[0], d.timeline[2]] })));
    expect(r.text).toContain(
      'timeline: stage is "enacted" but no event of type "royal-assent", "signed" or ' + '"adopted" is listed',
    );
  });

  it('reports an event before the introduction', () => {
    const r = check(
      withInstrument((d) => ({
        ...d,
        timeline: [{ ...d.timeline[1], date: '2018-01-01', type: 'committee' }, ...d.timeline],
      })),
    );
    expect(r.text).toContain('timeline[0].date: got 2018-01-01, before the introduction on 2019-06-01');
  });

  it('reports a missing topic x jurisdiction pair and a grade without gap notes', () => {
    const files = goodFiles();
    const t = topic('chatbots');
    t.assessments = t.assessments.filter((a) => a.row !== 'eu');
    delete (t.assessments[1] as { gaps?: string }).gaps;
    files['content/topics/chatbots.mdx'] = mdx(t);
    const r = check(files);
    expect(r.text).toContain('assessments: missing assessment for "eu"');
    expect(r.text).toContain('assessments[1].gaps: missing; the current grade "none" is short of full coverage');
  });

  it('reports a missing topic file', () => {
    const files = goodFiles();
    delete files['content/topics/sextortion.mdx'];
    const r = check(files);
    expect(r.text).toContain('(file): missing: topic "sextortion" is in the vocabulary but has no file');
  });

  it('warns, without failing, when an entry is past its review interval', () => {
    const r = check(goodFiles(), '2027-12-01');
    expect(r.errors).toEqual([]);
    expect(r.problems.some((p) => p.severity === 'warning' && p.path === 'lastReviewed')).toBe(true);
    expect(r.text).toContain(
      '! content/instruments/uk/example-act-2020.mdx\n  warning: lastReviewed: ' +
        '2026-11-21 is 375 days ago, past the 180-day review interval',
    );
  });
});

describe('content check: bodies and text', () => {
  it('rejects HTML, components and expressions in an MDX body', () => {
    const files = goodFiles();
    files['content/instruments/uk/example-act-2020.mdx'] = mdx(
      instrumentA(),
      'Plain text.\n\n<script>alert(1)</script>\n\nMore {danger}.',
    );
    const r = check(files);
    const fmLines = mdx(instrumentA(), '').split('\n').indexOf('---', 1) + 1;
    expect(r.text).toContain(`(line ${fmLines + 4}): got "<script>"; the body must be plain Markdown`);
    expect(r.text).toContain(`(line ${fmLines + 6}): got "{"`);
  });
  it('rejects control characters in text fields', () => {
    const r = check(withInstrument((d) => ({ ...d, title: 'Bad \u001b[31m title' })));
    expect(r.text).toContain('title: got "Bad \\u001b[31m title"; contains a control character; remove it');
  });
});
