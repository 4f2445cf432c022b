/** Runs the static checks over a built site; returns every problem, tagged with the check that found it. */
import type { Problem } from '../../src/lib/check/problems';
import { SITE_CHECKS } from './checks';
import type { BuiltSite } from './site';

export function checkSite(site: BuiltSite, checks = SITE_CHECKS): (Problem & { check: string })[] {
  const out: (Problem & { check: string })[] = [];
  for (const c of checks) c.check(site, (p) => out.push({ ...p, check: c.name }));
  return out;
}
