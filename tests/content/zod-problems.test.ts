/**
 * zod issues turned into problems: one test per issue.code branch of zodIssuesToProblems, each
 * pinning the whole problem (file, path, message, fix) as text.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { zodIssuesToProblems } from '../../src/lib/check/zod-problems';
import { instrumentSchema, topicSchema } from '../../src/schemas';
import { instrumentA, topic } from '../fixtures/kb';
import { problemText } from '../fixtures/problem-text';

const FILE = 'content/instruments/uk/example-act-2020.mdx';

/** The problems for data checked against a schema (the fixture instrument unless given). */
function problems(data: unknown, schema: z.ZodType = instrumentSchema) {
  const r = schema.safeParse(data);
  if (r.success) throw new Error('expected the data to be invalid');
  return problemText(zodIssuesToProblems(FILE, data, r.error.issues));
}

const inst = (patch: Record<string, unknown>) => ({ ...instrumentA(), ...patch });

describe('zod problems', () => {
  it('the fixture instrument has no issues', () => {
    expect(instrumentSchema.safeParse(instrumentA()).success).toBe(true);
  });

  it('invalid_type, missing: names the field to add', () => {
    expect(problems(inst({ citation: undefined }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: citation
      message: missing; expected string
      fix: add the field "citation" (see CONTRIBUTING.md#fields)"
    `);
  });

  it('invalid_type, missing, on a field with a hint', () => {
    expect(problems(inst({ lastReviewed: undefined }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: lastReviewed
      message: missing; expected string
      fix: write the date as YYYY-MM-DD, the day the entry was last checked"
    `);
  });

  it('invalid_type, wrong type: shows the value received, a date as a date', () => {
    expect(problems(inst({ title: 42, summary: new Date('2026-01-02T00:00:00Z') }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: title
      message: got 42; expected string
      fix: give "title" a value of type string

      file: content/instruments/uk/example-act-2020.mdx
      path: summary
      message: got 2026-01-02; expected string
      fix: give "summary" a value of type string"
    `);
  });

  it('invalid_value: lists the allowed values', () => {
    expect(problems(inst({ kind: 'law' }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: kind
      message: got "law"; expected one of "statute" | "bill" | "regulation" | "directive" |
        "legislative-proposal" | "court-decision" | "statutory-instrument" | "policy" | "overview"
      fix: use one of the listed values (they are defined in src/vocab/)"
    `);
  });

  it('invalid_value on a provision topic: the path has indexes, the fix is the field hint', () => {
    const d = instrumentA();
    d.provisions[1].topics = ['deepfakes'];
    expect(problems(d)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: provisions[1].topics[0]
      message: got "deepfakes"; expected one of "csa-image-generators" | "ai-csam-offences" |
        "private-possession" | "instructional-material" | "nudification-tools" | "chatbots" |
        "platform-duties" | "ai-model-safety" | "sextortion" | "penalties"
      fix: use topic ids from src/vocab/topics.ts"
    `);
  });

  it('unrecognized_keys: one field, at the top of the frontmatter', () => {
    expect(problems(inst({ titel: 'typo' }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (frontmatter)
      message: unknown field "titel"
      fix: remove it or correct its spelling (the allowed fields are in src/schemas/)"
    `);
  });

  it('unrecognized_keys: several fields, in a nested object', () => {
    const d = instrumentA();
    expect(problems({ ...d, stage: { ...d.stage, vale: 'x', asof: 'y' } })).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: stage
      message: unknown fields "vale", "asof"
      fix: remove it or correct its spelling (the allowed fields are in src/schemas/)"
    `);
  });

  it('too_small: an empty list, with the schema message as the fix', () => {
    expect(problems(inst({ timeline: [] }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: timeline
      message: got []; add at least one dated event
      fix: add at least one dated event"
    `);
  });

  it('too_small: an empty list on a field with a hint', () => {
    const d = instrumentA();
    expect(problems({ ...d, stage: { ...d.stage, sources: [] } })).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: stage.sources
      message: got []; cite at least one source id
      fix: cite the id of a source listed in content/sources/*.yaml"
    `);
  });

  it('too_big: a long value is cut in the message', () => {
    const d = instrumentA();
    const quote = { text: 'word '.repeat(100).trim(), pinpoint: 's.1(1)' };
    expect(problems({ ...d, provisions: [{ ...d.provisions[0], quote }] })).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: provisions[0].quote.text
      message: got "word word word word word word word word word word word word word word word w...;
        quotations are for defining words only: 400 characters at most
      fix: shorten it"
    `);
  });

  it('invalid_format with a house message: keeps the message', () => {
    expect(problems(inst({ officialUrl: 'http://www.legislation.gov.uk/ukpga/2020/1' }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: officialUrl
      message: got "http://www.legislation.gov.uk/ukpga/2020/1"; expected an https:// URL
      fix: link the official text with https://"
    `);
  });

  it('invalid_format with zod\'s own "Invalid ..." message: names the format', () => {
    expect(problems({ contact: 'not an email' }, z.object({ contact: z.email() }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: contact
      message: got "not an email"; expected a valid email
      fix: write a valid email"
    `);
  });

  it('other codes (a failed refinement): the message, and the field hint as fix', () => {
    expect(problems(inst({ lastReviewed: '2026-02-30' }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: lastReviewed
      message: got "2026-02-30"; expected a real date written YYYY-MM-DD
      fix: write the date as YYYY-MM-DD, the day the entry was last checked"
    `);
  });

  it('other codes without a hint: the generic fix', () => {
    expect(problems(inst({ title: 'Bad \u001b[31m title' }))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: title
      message: got "Bad \\u001b[31m title"; contains a control character; remove it
      fix: correct the value (see src/schemas/ for what is allowed)"
    `);
  });
  it('a topic that does not say what its grades mean, or words a grade that does not exist', () => {
    const t = topic('private-possession');
    expect(problems({ ...t, gradeMeaning: undefined }, topicSchema)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: gradeMeaning
      message: missing; expected object
      fix: say what the grades mean on this topic, at least "explicit": what the law in force does, in
        terms (CONTRIBUTING.md#coverage-grades)"
    `);
    expect(problems({ ...t, gradeMeaning: {} }, topicSchema)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: gradeMeaning.explicit
      message: missing; expected string
      fix: say what "Covered explicitly" means on this topic: what the law in force does, in terms"
    `);
    expect(problems({ ...t, gradeMeaning: { explicit: 'x', covered: 'y' } }, topicSchema)).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: gradeMeaning
      message: unknown field "covered"
      fix: remove it or correct its spelling (the allowed fields are in src/schemas/)"
    `);
  });
});
