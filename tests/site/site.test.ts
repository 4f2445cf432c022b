/**
 * The built site without a browser: every page passes every static check (house-style report on
 * failure), and the open data keeps its contract (JSON Schema, CSV read by an independent parser,
 * Atom feeds, JSON-LD, versioned copies).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { formatProblems } from '../../src/lib/check/problems';
import { ROOT_JURISDICTIONS, TOPICS } from '../../src/vocab';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { LOCAL_BUILD_NOTE, PLACEHOLDER_DOMAIN } from '../../src/site';
import { checkSite } from './run';
import { loadSite, preText, routeSample, siteAddressOf } from './site';
import { selfReferences } from './addresses';

const site = loadSite('dist');
const read = (p: string) => readFileSync(join('dist', p), 'utf8');
const json = (p: string) => JSON.parse(read(p));
/** CSV as an independent parser reads it (not the project's own): BOM stripped, RFC 4180 quoting. */
const csv = (p: string): string[][] => parseCsv(read(p), { bom: true, relax_column_count: false });

describe('every built page', () => {
  it('passes every static check', () => {
    expect(site.pages.length).toBeGreaterThan(100);
    expect(formatProblems(checkSite(site))).toBe('');
  });
  it('includes the pages users expect', () => {
    const paths = new Set(site.pages.map((p) => p.path));
    for (const p of [
      '/',
      '/search/',
      '/matrix/',
      '/gaps/',
      '/compare/',
      '/topics/',
      '/instruments/',
      '/data/',
      '/corrections/',
      '/about/',
      '/as-of/',
      '/as-of/changes/',
      '/404.html',
    ]) {
      expect(paths, p).toContain(p);
    }
  });
  it('a topic table tells the view date from the date each status was last checked', () => {
    const page = site.pages.find((p) => p.path === '/topics/ai-csam-offences/')!;
    const cells = site
      .doc(page)
      .querySelectorAll('table.topic-table td .meta')
      .map((e) => e.text);
    const view = json('api/matrix.json').asOf;
    expect(cells.some((t) => t.startsWith(`(as of ${view}`))).toBe(true);
    for (const t of cells.filter((t) => t.includes('last checked')))
      expect(t).toMatch(/last checked \d{4}-\d\d-\d\d\)$/);
  });
  it('the host gets the same security policy as the pages declare', () => {
    expect(read('_headers')).toContain("Content-Security-Policy: default-src 'self'");
  });
});

describe('open data contract', () => {
  const schema = json('api/schema.json');
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);

  it('every JSON file validates against the published JSON Schema; a broken record does not', () => {
    const instruments = json('api/instruments.json');
    const vI = ajv.getSchema(`${schema.$id}#/$defs/instrumentsFile`)!;
    const vT = ajv.getSchema(`${schema.$id}#/$defs/topicsFile`)!;
    expect(vI(instruments), JSON.stringify(vI.errors?.slice(0, 3))).toBe(true);
    expect(vT(json('api/topics.json')), JSON.stringify(vT.errors?.slice(0, 3))).toBe(true);
    for (const [file, def] of [
      ['api/matrix.json', 'matrixFile'],
      ['api/gaps.json', 'gapsFile'],
      ['api/jurisdictions.json', 'jurisdictionsFile'],
    ]) {
      const v = ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;
      expect(v(json(file)), `${file}: ${JSON.stringify(v.errors?.slice(0, 3))}`).toBe(true);
    }
    const broken = structuredClone(instruments);
    broken.instruments[0].stage.value = 'nearly-law';
    expect(vI(broken)).toBe(false);
  });

  it('every instrument has a page with an anchor per provision and JSON-LD naming it', () => {
    const pages = new Map(site.pages.map((p) => [p.path, p]));
    for (const inst of json('api/instruments.json').instruments) {
      const page = pages.get(new URL(inst.url, 'http://local').pathname)!;
      expect(page, inst.id).toBeDefined();
      const doc = site.doc(page);
      expect(doc.querySelector('h1')!.text).toBe(inst.title);
      for (const p of inst.provisions)
        expect(doc.querySelectorAll(`[id="${p.id}"]`), `${inst.id}#${p.id}`).toHaveLength(1);
      const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.rawText);
      expect(ld.name).toBe(inst.title);
      expect(ld.sameAs).toBe(inst.officialUrl);
      if (ld['@type'] === 'Legislation') expect(ld.legislationIdentifier).toBe(inst.citation);
    }
  });

  it('the CSV files parse as rectangular tables that match the JSON', () => {
    const rows = csv('api/matrix.csv');
    const cells = json('api/matrix.json').cells;
    const gi = rows[0].indexOf('grade');
    expect(rows.length - 1).toBe(cells.length);
    expect(rows.slice(1).map((r) => r[gi])).toEqual(cells.map((c: { grade: string }) => c.grade));
    const provisions = csv('api/instruments.csv');
    const count = json('api/instruments.json').instruments.reduce(
      (n: number, i: { provisions: unknown[] }) => n + i.provisions.length,
      0,
    );
    expect(provisions.length - 1).toBe(count);
    for (const t of TOPICS) expect(csv(`api/topics/${t}.csv`).length, t).toBeGreaterThan(1);
  });

  it('feeds are valid Atom for the site, each jurisdiction and each topic', () => {
    for (const path of [
      'feeds/all.xml',
      ...ROOT_JURISDICTIONS.map((j) => `feeds/${j}.xml`),
      ...TOPICS.map((t) => `feeds/topics/${t}.xml`),
    ]) {
      const xml = read(path);
      expect(XMLValidator.validate(xml), path).toBe(true);
      const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
      // Atom ids are absolute: the feed's address, or a UUID URN in a local build (address.test.ts).
      expect(feed.id, path).toMatch(/^(https:\/\/|urn:uuid:)/);
      const ids = [feed.entry ?? []].flat().map((e: { id: string }) => e.id);
      expect(new Set(ids).size, `${path}: unique entry ids`).toBe(ids.length);
    }
  });

  it('versioned data and snapshot', () => {
    expect(read('api/v1/instruments.json')).toBe(read('api/instruments.json'));
    const snap = json('api/v1/snapshot.json');
    expect(snap.instruments.length).toBe(json('api/instruments.json').instruments.length);
    expect(snap.schema.$defs.instrumentsFile).toBeDefined();
    // The sitemap needs absolute addresses, so only a build with SITE_URL has one (address.test.ts).
    expect(read('CITATION.cff')).toContain('cff-version');
  });
});

describe('a local build (dist/ is built without SITE_URL)', () => {
  it('invents no address: every reference to itself is root-relative, and it says it is a local build', () => {
    expect(siteAddressOf(site), 'build dist/ without SITE_URL').toBeUndefined();
    // Every page's canonical link and permalinks are checked by the site-address check above; the citations
    // and JSON-LD on a few pages of each route, with every other built file in full.
    const refs = selfReferences(routeSample(site));
    for (const kind of ['permalink', 'CSL-JSON', 'BibTeX', 'JSON-LD url', '/feeds/all.xml link', 'api/matrix.json'])
      expect(
        refs.some((r) => r.where.includes(kind)),
        kind,
      ).toBe(true);
    expect(refs.filter((r) => !r.ref.startsWith('/'))).toEqual([]);
    expect(site.files.has('/sitemap-index.xml')).toBe(false);
    const cite = site.pages.find((p) => p.path === '/cite/uk/sexual-offences-act-2003/')!;
    expect(site.doc(cite).querySelector('details.cite > p.meta')!.text).toContain(LOCAL_BUILD_NOTE);
    expect(read('api/instruments.csv')).not.toContain(PLACEHOLDER_DOMAIN);
  });
});

describe('BibTeX on every page', () => {
  // Every BibTeX block of the site, each distinct entry once (an entry's cite page repeats its page's).
  const blocks = site.pages.flatMap((p) =>
    site
      .doc(p)
      .querySelectorAll('pre[data-format="bibtex"]')
      .map((pre) => ({ page: p.path, text: preText(pre) })),
  );
  const distinct = [...new Set(blocks.map((b) => b.text))];
  const keyOf = (t: string) => /^@misc\{([^,]+),/.exec(t)?.[1];

  it('gives each cited thing its own key: no key names two different entries', () => {
    expect(blocks.length).toBeGreaterThan(500);
    const byKey = new Map<string, string[]>();
    for (const t of distinct) byKey.set(keyOf(t)!, [...(byKey.get(keyOf(t)!) ?? []), t]);
    expect([...byKey].filter(([, texts]) => texts.length > 1).map(([k]) => k)).toEqual([]);
    expect(byKey.size).toBe(distinct.length);
    expect([...byKey.keys()].filter((k) => !/^AICSAMLaw(:[a-z0-9-]+)+$/.test(k))).toEqual([]);
  });

  it('parses with an independent BibTeX parser, every entry with the expected fields', () => {
    const built = json('api/matrix.json').generated;
    const parsed = new Cite(distinct.join('\n\n')).data;
    expect(parsed).toHaveLength(distinct.length);
    for (const [i, text] of distinct.entries()) {
      expect(
        [...text.matchAll(/^ {2}(\w+) = /gm)].map((m) => m[1]),
        text,
      ).toEqual(['author', 'title', 'year', 'month', 'url', 'urldate', 'note']);
      const e = parsed[i] as Record<string, unknown> & { issued: { 'date-parts': number[][] } };
      expect(e['citation-key'], text).toBe(keyOf(text));
      expect(e.title, text).toBeTruthy();
      expect(e.issued['date-parts'][0], text).toHaveLength(2);
      expect(e.accessed, text).toEqual({ 'date-parts': [built.split('-').map(Number)] });
      expect(e.URL, text).toBe(/url = \{([^}]*)\}/.exec(text)![1]);
    }
  });
});
