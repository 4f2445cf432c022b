import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page of a built site as URL paths ("/", "/topics/penalties/", "/404.html"). */
export function allPages(dist = 'dist'): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.html'))
    .map((n) => n.split('\\').join('/'))
    .map((n) =>
      n === 'index.html' ? '/' : n.endsWith('/index.html') ? `/${n.slice(0, -'index.html'.length)}` : `/${n}`,
    )
    .sort();
}

/** The route pattern of each page template in src/pages, as a regular expression over URL paths. */
export function routeTemplates(dir = 'src/pages'): { template: string; pattern: RegExp }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((n) => n.endsWith('.astro'))
    .map((n) => n.split('\\').join('/'))
    .map((template) => {
      const route = template
        .replace(/\.astro$/, '')
        .replace(/(^|\/)index$/, '$1')
        .split('/')
        .map((seg) =>
          /^\[\.\.\.[^\]]+\]$/.test(seg)
            ? '.+'
            : /^\[[^\]]+\]$/.test(seg)
              ? '[^/]+'
              : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
        )
        .join('/');
      const path = template === '404.astro' ? '/404\\.html' : `/${route}${route && !route.endsWith('/') ? '/' : ''}`;
      return { template, pattern: new RegExp(`^${path.replace(/\/+/g, '/')}$`) };
    });
}

/**
 * One built page per route template (the first in path order), plus the largest page: what the
 * browser checks, since every page of a template shares its markup.
 */
export function samplePages(dist = 'dist'): { template: string; path: string }[] {
  const pages = allPages(dist);
  const templates = routeTemplates();
  // A page a static template makes ("/gaps/by-jurisdiction/") is not a sample of a dynamic one ("/gaps/[group]/").
  const isStatic = (p: string) => templates.some((t) => !t.template.includes('[') && t.pattern.test(p));
  const out = templates.map(({ template, pattern }) => {
    const path = pages.find((p) => pattern.test(p) && (!template.includes('[') || !isStatic(p)));
    if (!path) throw new Error(`no built page for the template src/pages/${template}`);
    return { template, path };
  });
  const largest = pages
    .map((p) => ({ p, size: statSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`)).size }))
    .sort((a, b) => b.size - a.size)[0].p;
  return out.some((o) => o.path === largest) ? out : [...out, { template: 'largest page', path: largest }];
}

/** Collects console errors and failed requests while a page is used. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // A request the browser aborts because the page navigated away (net::ERR_ABORTED) is not a failure;
  // missing files show up as HTTP errors below.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED')
      errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return errors;
}
