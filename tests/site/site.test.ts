/**
 * The built site without a browser: every page passes every static check (house-style report on
 * failure), and the open data keeps its contract (JSON Schema, CSV read by an independent parser,
 * Atom feeds, JSON-LD, versioned copies, sitemap).
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
import { checkSite } from './run';
import { loadSite } from './site';

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
      const page = pages.get(new URL(inst.url).pathname)!;
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
      expect(feed.id, path).toMatch(/^https?:\/\//);
      const ids = [feed.entry ?? []].flat().map((e: { id: string }) => e.id);
      expect(new Set(ids).size, `${path}: unique entry ids`).toBe(ids.length);
    }
  });

  it('versioned data, snapshot and sitemap', () => {
    expect(read('api/v1/instruments.json')).toBe(read('api/instruments.json'));
    const snap = json('api/v1/snapshot.json');
    expect(snap.instruments.length).toBe(json('api/instruments.json').instruments.length);
    expect(snap.schema.$defs.instrumentsFile).toBeDefined();
    expect(read('sitemap-0.xml')).toContain('/instruments/uk/protection-of-children-act-1978/');
    expect(read('CITATION.cff')).toContain('cff-version');
  });
});
