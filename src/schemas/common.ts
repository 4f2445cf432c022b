import { z } from 'astro/zod';
import { INSTRUMENT_JURISDICTIONS } from '../vocab';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isRealIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * An ISO calendar date, YYYY-MM-DD. YAML parsers may hand an unquoted date over as a Date object;
 * it is turned back into its ISO string so the data holds one form only.
 */
export const isoDate = () =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z.string().refine(isRealIsoDate, { message: 'expected a real date written YYYY-MM-DD' }),
  );

/** An https URL. Plain http and other schemes are refused. */
export const httpsUrl = () => z.url({ protocol: /^https$/, message: 'expected an https:// URL' });

/**
 * A lower-case, kebab-case id: letters, digits and single hyphens (dots allowed after the first character,
 * for "s-66b" or "art-5.1").
 */
export const slugId = () =>
  z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, { message: 'expected a kebab-case id such as "s-1" or "art-5"' });

/** A non-empty line of text, trimmed, with no control characters (they could hide terminal escapes). */
export const text = () =>
  z
    .string()
    .trim()
    .min(1, { message: 'must not be empty' })
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), {
      message: 'contains a control character; remove it',
    });

/** One or more ids of sources in content/sources/*.yaml that support the claim. */
export const sourceRefs = () => z.array(slugId()).min(1, { message: 'cite at least one source id' });

/**
 * Marks a fact that no source we hold confirms. The text says what is unverified and why;
 * the site shows it visibly. Omit when the fact is verified.
 */
export const unverified = () => text().optional();

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const ANCHOR = '[a-z0-9]+(?:[-.][a-z0-9]+)*';
/** Longest ids first, so "us-va" is tried before "us". Built from src/vocab, never typed here. */
const JURISDICTION_ALT = [...INSTRUMENT_JURISDICTIONS].sort((a, b) => b.length - a.length).join('|');

/** Matches an instrument id "<jurisdiction>/<file name>". */
export const INSTRUMENT_ID = new RegExp(`^(?:${JURISDICTION_ALT})/${SLUG}$`);
/** Matches a reference to an instrument or one of its provisions: "<jurisdiction>/<file name>#<provision id>". */
export const PROVISION_REF = new RegExp(`^(?:${JURISDICTION_ALT})/${SLUG}(?:#${ANCHOR})?$`);

/** An instrument id: "uk/online-safety-act-2023"; the jurisdiction is one of src/vocab/jurisdictions.ts. */
export const instrumentId = () =>
  z.string().regex(INSTRUMENT_ID, {
    message:
      'expected an instrument id "<jurisdiction>/<file name>" such as "uk/online-safety-act-2023", with a ' +
      'jurisdiction from src/vocab/jurisdictions.ts',
  });

/**
 * A reference to an instrument ("uk/online-safety-act-2023") or one of its provisions
 * ("uk/online-safety-act-2023#s-10").
 */
export const provisionRef = () =>
  z.string().regex(PROVISION_REF, {
    message:
      'expected "<jurisdiction>/<instrument>" or "<jurisdiction>/<instrument>#<provision>", with a ' +
      'jurisdiction from src/vocab/jurisdictions.ts',
  });
