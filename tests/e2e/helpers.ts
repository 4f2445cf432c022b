import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** Every HTML page of the built site, as URL paths ("/", "/topics/penalties/"). */
export function allPages(dist = 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html') out.push(`/${relative(dist, dir).split('\\').join('/')}${relative(dist, dir) ? '/' : ''}`);
    }
  };
  walk(dist);
  if (existsSync(join(dist, '404.html'))) out.push('/404.html');
  return out.sort();
}

/** The built file behind a page path. */
export function fileFor(path: string, dist = 'dist'): string {
  return path.endsWith('.html') ? join(dist, path) : join(dist, path, 'index.html');
}

/** Collects console errors and failed requests while a page is used. */
export function watchErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  // A request the browser aborts because the page navigated away (net::ERR_ABORTED) is not a failure;
  // missing files show up as HTTP errors below.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  return errors;
}
