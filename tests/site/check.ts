/**
 * One static check of the built site, in the shape of the content rules (after browser-compat-data's
 * lint rules): its name, what it enforces, and the check, which reports problems in the house style.
 */
import type { Problem } from '../../src/lib/check/problems';
import type { BuiltSite } from './site';

export type SiteReport = (problem: Problem) => void;

export interface SiteCheck {
  name: string;
  description: string;
  check(site: BuiltSite, report: SiteReport): void;
}

/** Shows an element's opening tag briefly, to say where a problem is. */
export function where(outer: string): string {
  const tag = outer.slice(0, outer.indexOf('>') + 1) || outer;
  return tag.length > 100 ? `${tag.slice(0, 97)}...` : tag;
}
