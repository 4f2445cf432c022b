// The hostile fixture: an instrument whose title, aliases, summaries and source contain HTML and
// script. scripts/build-fixture-site.mjs builds a site from the content plus this entry; the tests
// prove it renders inert.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/** The date the fixture site is built as of. */
export const FIXTURE_DATE = '2026-12-02';

/**
 * The public address the fixture site is built with (SITE_URL), so the tests see a build with an address
 * beside the local one in dist/; a reserved test domain (RFC 2606) that resolves nowhere.
 */
export const FIXTURE_SITE_URL = 'https://fixture.ai-csam-law.test';

export const HOSTILE = {
  title: 'Hostile Fixture Act <script>alert("title")</script><img src=x onerror=alert("img")>',
  alias: '"><svg onload=alert("alias")>',
  summary: 'Summary with <iframe src="javascript:alert(1)"></iframe> and <b>bold</b> & ampersand.',
  provisionTitle: '<img src=x onerror=alert("prov")> Hostile provision',
  sourceTitle: '<script>alert("source")</script> Hostile source',
};

/** Writes .fixture/content: a copy of content/ plus the hostile entry and its source. */
export function writeFixtureContent() {
  rmSync('.fixture', { recursive: true, force: true });
  mkdirSync('.fixture', { recursive: true });
  // The real content, less the per-state and per-member-state rows and their instruments: the fixture
  // proves escaping and dating, and a smaller site builds and checks faster. The UK's three legal
  // systems stay: the uk row is derived from them.
  const part = /^(us|eu)-(?!federal$|states$)[a-z]{2}$/;
  cpSync('content', '.fixture/content', {
    recursive: true,
    filter: (src) =>
      !part.test(
        src
          .split('/')
          .at(-1)
          .replace(/\.yaml$/, ''),
      ),
  });
  for (const name of readdirSync('.fixture/content/topics')) {
    const file = `.fixture/content/topics/${name}`;
    const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
    const data = parse(front);
    data.assessments = data.assessments.filter((a) => !part.test(a.row));
    // The UK's AI CSAM cell rests on the hostile provision and source too, so the compare view shows them.
    if (name === 'ai-csam-offences.mdx') {
      const uk = data.assessments.find((a) => a.row === 'uk');
      uk.provisions.push('uk/hostile-fixture-act#s-1');
      uk.sources.push('zz-hostile-source');
    }
    writeFileSync(file, `---\n${stringify(data)}---\n${body}`);
  }
  const q = (s) => JSON.stringify(s);
  writeFileSync(
    '.fixture/content/sources/zz-hostile.yaml',
    `- id: zz-hostile-source
  title: ${q(HOSTILE.sourceTitle)}
  publisher: Fixture
  published: 2026-01-01
  url: https://example.com/?q=<script>
  official: false
`,
  );
  writeFileSync(
    '.fixture/content/instruments/uk/hostile-fixture-act.mdx',
    `---
title: ${q(HOSTILE.title)}
shortTitle: ${q('Hostile <i>Act</i>')}
aliases: [${q(HOSTILE.alias)}, "hostilefixture"]
jurisdiction: uk
kind: statute
citation: ${q('2099 c. 1 <u>x</u>')}
officialUrl: https://www.legislation.gov.uk/ukpga/1978/37
summary: ${q(HOSTILE.summary)}
stage: { value: enacted, asOf: 2026-01-01, sources: [leg-pca-1978] }
inForce: { value: yes, asOf: 2026-01-01, sources: [leg-pca-1978] }
timeline:
  - date: 2026-01-01
    type: royal-assent
    event: ${q('Assent <script>alert("event")</script>')}
    sources: [leg-pca-1978, zz-hostile-source]
provisions:
  - id: s-1
    label: ${q('Section 1 <b>x</b>')}
    title: ${q(HOSTILE.provisionTitle)}
    topics: [ai-csam-offences]
    summary: ${q('hostilefixture provision summary <script>alert("summary")</script>')}
    url: https://www.legislation.gov.uk/ukpga/1978/37/section/1
    penalty: ${q('=HYPERLINK("https://example.com") <marquee>')}
    sources: [leg-pca-1978]
lastReviewed: 2026-11-01
---

A plain Markdown body with a [link](https://example.com/body-link).
`,
  );
}
