/** Every internal link and anchor in the built site resolves; every external link opens safely. */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, fileFor } from './helpers';

const pages = allPages();
const html = new Map(pages.map((p) => [p, readFileSync(fileFor(p), 'utf8')]));
const idsOf = (s: string) => new Set([...s.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

test('every internal link and anchor resolves', () => {
  const broken: string[] = [];
  const ids = new Map<string, Set<string>>();
  for (const [page, text] of html) {
    for (const m of text.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = decode(m[1]);
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href, `http://site${page}`);
      const path = url.pathname;
      const file = path.endsWith('/') ? join('dist', path, 'index.html') : join('dist', path);
      if (!existsSync(file)) { broken.push(`${page} -> ${href} (no page)`); continue; }
      if (url.hash && path.endsWith('/')) {
        const target = path;
        if (!ids.has(target)) ids.set(target, idsOf(html.get(target) ?? readFileSync(file, 'utf8')));
        if (!ids.get(target)!.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page} -> ${href} (no anchor)`);
      }
    }
  }
  expect(broken).toEqual([]);
});

test('every external link has rel="noopener noreferrer"', () => {
  const unsafe: string[] = [];
  for (const [page, text] of html) {
    for (const m of text.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)) {
      const rel = /rel="([^"]*)"/.exec(m[0])?.[1] ?? '';
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${page}: ${m[0].slice(0, 120)}`);
    }
  }
  expect(unsafe).toEqual([]);
});

test('every page carries a strict Content-Security-Policy', () => {
  for (const [page, text] of html) {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(text)?.[1] ?? '';
    expect(csp, page).toContain("script-src 'self'");
    expect(csp, page).not.toContain('unsafe-inline');
    expect(csp, page).not.toContain('unsafe-eval');
    expect(text.match(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? [], `${page}: inline script`).toEqual([]);
    expect(text.match(/\sstyle="/g) ?? [], `${page}: inline style`).toEqual([]);
    expect(text.match(/(src|href)="(https?:)?\/\/(?!ai-csam-law\.example\.org)[^"]*\.(js|css|woff2?)"/g) ?? [], `${page}: third-party asset`).toEqual([]);
  }
});
