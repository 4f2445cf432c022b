import { expect, test } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseCsv } from '../../src/lib/csv';

test('/api/instruments.json and /api/topics.json validate against /api/schema.json', async ({ request }) => {
  const schema = await (await request.get('/api/schema.json')).json();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(schema);
  const instruments = await (await request.get('/api/instruments.json')).json();
  const topics = await (await request.get('/api/topics.json')).json();
  const vI = ajv.getSchema(`${schema.$id}#/$defs/instrumentsFile`)!;
  const vT = ajv.getSchema(`${schema.$id}#/$defs/topicsFile`)!;
  expect(vI(instruments), JSON.stringify(vI.errors?.slice(0, 3))).toBe(true);
  expect(vT(topics), JSON.stringify(vT.errors?.slice(0, 3))).toBe(true);
  expect(instruments.schemaVersion).toBe(1);
  expect(instruments.instruments.length).toBeGreaterThanOrEqual(6);
  // A broken record must fail, or the check proves nothing.
  const broken = structuredClone(instruments);
  broken.instruments[0].stage.value = 'nearly-law';
  expect(vI(broken)).toBe(false);
});

test('every instrument page exists and has an anchor for every provision', async ({ page, request }) => {
  const { instruments } = await (await request.get('/api/instruments.json')).json();
  for (const inst of instruments) {
    await page.goto(new URL(inst.url).pathname);
    await expect(page.locator('h1')).toHaveText(inst.title);
    for (const p of inst.provisions) await expect(page.locator(`[id="${p.id}"]`), `${inst.id}#${p.id}`).toHaveCount(1);
  }
});

test('the matrix CSV opens as a table and matches the JSON', async ({ request }) => {
  const res = await request.get('/api/matrix.csv');
  expect(res.headers()['content-type']).toContain('text/csv');
  const rows = parseCsv(await res.text());
  const json = await (await request.get('/api/matrix.json')).json();
  expect(rows[0]).toContain('grade');
  expect(rows.length - 1).toBe(json.cells.length);
  const gi = rows[0].indexOf('grade');
  expect(rows.slice(1).map((r) => r[gi])).toEqual(json.cells.map((c: { grade: string }) => c.grade));
});

test('feeds are served as valid Atom for the site, each jurisdiction and each topic', async ({ request }) => {
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  for (const path of ['/feeds/all.xml', '/feeds/uk.xml', '/feeds/us.xml', '/feeds/eu.xml', '/feeds/topics/csa-image-generators.xml']) {
    const res = await request.get(path);
    expect(res.headers()['content-type'], path).toMatch(/application\/(atom\+)?xml/);
    const xml = await res.text();
    expect(XMLValidator.validate(xml), path).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.id, path).toMatch(/^https?:\/\//);
    expect([feed.entry].flat().length, path).toBeGreaterThan(0);
  }
});

test('instrument pages carry schema.org JSON-LD that names the instrument', async ({ page, request }) => {
  const { instruments } = await (await request.get('/api/instruments.json')).json();
  for (const inst of instruments) {
    await page.goto(new URL(inst.url).pathname);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@context']).toBe('https://schema.org');
    expect(['Legislation', 'CreativeWork']).toContain(ld['@type']);
    expect(ld.name).toBe(inst.title);
    expect(ld.sameAs).toBe(inst.officialUrl);
    if (ld['@type'] === 'Legislation') expect(ld.legislationIdentifier).toBe(inst.citation);
  }
});

test('versioned data, snapshot and sitemap', async ({ request }) => {
  const latest = await (await request.get('/api/instruments.json')).text();
  expect(await (await request.get('/api/v1/instruments.json')).text()).toBe(latest);
  const snap = await (await request.get('/api/v1/snapshot.json')).json();
  expect(snap.instruments.length).toBe(JSON.parse(latest).instruments.length);
  expect(snap.schema.$defs.instrumentsFile).toBeDefined();
  expect(snap.glossary.length).toBeGreaterThan(5);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/instruments/uk/protection-of-children-act-1978/');
  expect((await request.get('/CITATION.cff')).ok()).toBe(true);
});
