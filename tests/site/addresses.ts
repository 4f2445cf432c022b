/**
 * Every place a built site gives its own address: canonical links, citation permalinks and citations
 * (BibTeX, CSL-JSON), JSON-LD, feeds, the sitemap, robots.txt, CITATION.cff and the open data's url fields.
 * The tests hold them all to one rule: under SITE_URL, or root-relative in a local build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { preText, type BuiltSite } from './site';

export interface SelfReference {
  /** Where it was found: "/topics/x/ canonical", "api/matrix.json cells[3].url". */
  where: string;
  ref: string;
}

type Json = Record<string, unknown> & { [k: string]: Json | Json[] | string };

export function selfReferences(site: BuiltSite): SelfReference[] {
  const out: SelfReference[] = [];
  const add = (where: string, ref: unknown) => {
    if (typeof ref === 'string') out.push({ where, ref });
  };
  const file = (p: string) => join(site.dist, p);
  const read = (p: string) => readFileSync(file(p), 'utf8');
  const json = (p: string) => JSON.parse(read(p)) as Json;

  for (const page of site.pages) {
    const doc = site.doc(page);
    const at = (what: string) => `${page.path} ${what}`;
    for (const l of doc.querySelectorAll('link[rel="canonical"]')) add(at('canonical'), l.getAttribute('href'));
    for (const a of doc.querySelectorAll('details.cite > p.meta > a')) add(at('permalink'), a.text);
    for (const pre of doc.querySelectorAll('pre[data-format="csl-json"]'))
      add(at('CSL-JSON'), JSON.parse(preText(pre)).URL);
    for (const pre of doc.querySelectorAll('pre[data-format="bibtex"]'))
      add(at('BibTeX'), /url = \{([^}]*)\}/.exec(preText(pre))?.[1]);
    for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
      const ld = JSON.parse(s.rawText) as Json;
      add(at('JSON-LD url'), ld.url);
      add(at('JSON-LD @id'), ld['@id']);
      for (const part of (ld.hasPart ?? []) as Json[]) add(at('JSON-LD hasPart'), part.url);
    }
  }

  const xml = new XMLParser({ ignoreAttributes: false });
  for (const f of [...site.files].filter((f) => /^\/feeds\/.*\.xml$/.test(f))) {
    const feed = xml.parse(read(f)).feed;
    if (/^https?:/.test(feed.id)) add(`${f} id`, feed.id);
    for (const l of [feed.link].flat()) add(`${f} link`, l['@_href']);
    for (const e of [feed.entry ?? []].flat()) add(`${f} entry link`, e.link['@_href']);
  }
  if (existsSync(file('sitemap-index.xml')))
    for (const f of [...site.files].filter((f) => /^\/sitemap-.*\.xml$/.test(f)))
      for (const loc of read(f).match(/<loc>[^<]*<\/loc>/g) ?? []) add(`${f} loc`, loc.slice(5, -6));
  add('robots.txt Sitemap', /^Sitemap: (.*)$/m.exec(read('robots.txt'))?.[1]);
  add('CITATION.cff url', /^url: '([^']*)'/m.exec(read('CITATION.cff'))?.[1]);

  // The open data: each record's own page on the site.
  for (const name of ['api/instruments.json', 'api/snapshot.json']) {
    const data = json(name);
    for (const [i, inst] of ((data.instruments ?? []) as Json[]).entries()) {
      add(`${name} instruments[${i}].url`, inst.url);
      for (const p of inst.provisions as Json[]) add(`${name} instruments[${i}].provisions.page`, p.page);
    }
  }
  for (const [i, t] of (json('api/topics.json').topics as Json[]).entries()) {
    add(`api/topics.json topics[${i}].url`, t.url);
    for (const a of t.assessments as Json[])
      for (const p of a.provisions as Json[]) add(`api/topics.json topics[${i}] provision url`, p.url);
  }
  for (const [i, c] of (json('api/matrix.json').cells as Json[]).entries())
    add(`api/matrix.json cells[${i}].url`, c.url);
  add('api/schema.json $id', json('api/schema.json').$id);
  for (const name of ['api/matrix.csv', 'api/instruments.csv']) {
    const [head, ...rows]: string[][] = parseCsv(read(name), { bom: true });
    const col = head.indexOf('url');
    for (const [i, r] of rows.entries()) add(`${name} row ${i + 1} url`, r[col]);
  }
  return out;
}
