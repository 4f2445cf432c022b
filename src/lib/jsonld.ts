/** schema.org JSON-LD for instrument pages (Legislation for law and bills; CreativeWork otherwise). */
import type { Instrument } from '../schemas';
import { ENACTMENT_EVENTS, INSTRUMENT_KIND_LABELS, JURISDICTION_LABELS } from '../vocab';
import { sortedTimeline } from './as-of';
import { pageAddress, urls } from './urls';

const LEGAL_FORCE = {
  yes: 'https://schema.org/InForce',
  partly: 'https://schema.org/PartiallyInForce',
  no: 'https://schema.org/NotInForce',
} as const;
const LEGISLATION_KINDS = new Set([
  'statute',
  'bill',
  'regulation',
  'directive',
  'legislative-proposal',
  'statutory-instrument',
]);

/**
 * The JSON-LD of an instrument's page. Its addresses are absolute under the public address (`site`); in a
 * local build they are root-relative, which JSON-LD resolves against the page.
 */
export function instrumentJsonLd(inst: Instrument, site?: string | URL) {
  const url = pageAddress(urls.instrument(inst.id), site);
  const dated = sortedTimeline(inst);
  const enacted = dated.find((e) => e.type === 'judgment' || ENACTMENT_EVENTS.includes(e.type))?.date;
  const base = {
    '@context': 'https://schema.org',
    '@id': url,
    url,
    name: inst.title,
    alternateName: [inst.shortTitle, ...inst.aliases],
    description: inst.summary,
    sameAs: inst.officialUrl,
    dateModified: inst.lastReviewed,
    inLanguage: 'en',
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
  };
  if (!LEGISLATION_KINDS.has(inst.kind)) {
    return {
      ...base,
      '@type': 'CreativeWork',
      genre: INSTRUMENT_KIND_LABELS[inst.kind],
      ...(enacted ? { datePublished: enacted } : {}),
    };
  }
  const force = LEGAL_FORCE[inst.inForce.value as keyof typeof LEGAL_FORCE];
  return {
    ...base,
    '@type': 'Legislation',
    legislationIdentifier: inst.citation,
    legislationType: INSTRUMENT_KIND_LABELS[inst.kind],
    legislationJurisdiction: inst.subJurisdiction
      ? `${JURISDICTION_LABELS[inst.jurisdiction]}: ${inst.subJurisdiction}`
      : JURISDICTION_LABELS[inst.jurisdiction],
    ...(enacted ? { legislationDate: enacted } : {}),
    ...(force ? { legislationLegalForce: force } : {}),
    hasPart: inst.provisions.map((p) => ({
      '@type': 'Legislation',
      '@id': `${url}#${p.id}`,
      name: `${p.label}: ${p.title}`,
      url: `${url}#${p.id}`,
      ...(p.url ? { sameAs: p.url } : {}),
    })),
  };
}

/** Serialises JSON-LD for a script element: "<" is escaped so content can never close the element. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
