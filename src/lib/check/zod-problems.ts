/**
 * Turns zod issues into Problems that read like house style: the field path, the value received,
 * what is allowed, and a one-line fix. Never a bare "did not match union".
 */
import type { z } from 'astro/zod';
import type { Problem } from './problems';

type Issue = z.core.$ZodIssue;

/** "provisions[1].inForce.value" from ["provisions", 1, "inForce", "value"]. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || '(frontmatter)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
}

/** Shows a received value briefly: strings quoted, long values cut. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const listValues = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** Field-specific hints; the generic fix is used where none applies. */
const FIELD_HINTS: Record<string, string> = {
  grade: 'see the grade definitions in CONTRIBUTING.md#coverage-grades',
  url: 'link the official text with https://, e.g. https://www.legislation.gov.uk/ukpga/1978/37/section/1',
  officialUrl: 'link the official text with https://',
  sources: 'cite the id of a source listed in content/sources/*.yaml',
  date: 'write the date as YYYY-MM-DD, e.g. 2025-05-19',
  asOf: 'write the date as YYYY-MM-DD, the day the fact was last confirmed',
  lastReviewed: 'write the date as YYYY-MM-DD, the day the entry was last checked',
  topics: 'use topic ids from src/vocab/topics.ts',
  gradeMeaning:
    'say what the grades mean on this topic, at least "explicit": what the law in force does, in terms ' +
    '(CONTRIBUTING.md#coverage-grades)',
  explicit: 'say what "Covered explicitly" means on this topic: what the law in force does, in terms',
};

function hint(path: readonly PropertyKey[], fallback: string): string {
  const last = [...path].reverse().find((s) => typeof s === 'string') as string | undefined;
  return (last && FIELD_HINTS[last]) || fallback;
}

/** One Problem per zod issue. */
export function zodIssuesToProblems(file: string, data: unknown, issues: readonly Issue[]): Problem[] {
  return issues.map((issue) => {
    const path = issue.path;
    const where = formatPath(path);
    const got = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_type':
        if (got === undefined) {
          return {
            file,
            path: where,
            message: `missing; expected ${issue.expected}`,
            fix: hint(path, `add the field "${String(path.at(-1))}" (see CONTRIBUTING.md#fields)`),
          };
        }
        return {
          file,
          path: where,
          message: `got ${show(got)}; expected ${issue.expected}`,
          fix: hint(path, `give "${String(path.at(-1))}" a value of type ${issue.expected}`),
        };
      case 'invalid_value':
        return {
          file,
          path: where,
          message: `got ${show(got)}; expected one of ${listValues(issue.values)}`,
          fix: hint(path, 'use one of the listed values (they are defined in src/vocab/)'),
        };
      case 'unrecognized_keys':
        return {
          file,
          path: where,
          message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
          fix: 'remove it or correct its spelling (the allowed fields are in src/schemas/)',
        };
      case 'too_small':
        return { file, path: where, message: `got ${show(got)}; ${issue.message}`, fix: hint(path, issue.message) };
      case 'too_big':
        return { file, path: where, message: `got ${show(got)}; ${issue.message}`, fix: 'shorten it' };
      case 'invalid_format':
        return {
          file,
          path: where,
          message:
            `got ${show(got)}; ` +
            `${issue.message.startsWith('Invalid') ? `expected a valid ${issue.format}` : issue.message}`,
          fix: hint(path, `write a valid ${issue.format}`),
        };
      default:
        return {
          file,
          path: where,
          message: `got ${show(got)}; ${issue.message}`,
          fix: hint(path, 'correct the value (see src/schemas/ for what is allowed)'),
        };
    }
  });
}
