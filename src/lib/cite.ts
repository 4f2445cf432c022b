/**
 * Citations: the legal citation of an instrument or provision in its jurisdiction's style (OSCOLA for
 * UK material, Bluebook for US material, the EU's own style for EU acts), and citations of a page of
 * this site in APA, BibTeX and CSL-JSON, formatted by citation-js from one CSL-JSON record.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { Instrument, Provision } from '../schemas';
import { sortedTimeline } from './as-of';
import { ENACTMENT_EVENTS, rootJurisdiction, type EventTypeId, type RootJurisdictionId } from '../vocab';

export type LegalStyle = 'OSCOLA' | 'Bluebook' | 'EU';

const LEGAL_STYLE = { uk: 'OSCOLA', us: 'Bluebook', eu: 'EU' } as const satisfies Record<
  RootJurisdictionId,
  LegalStyle
>;

const yearOf = (inst: Instrument, types: readonly EventTypeId[]) =>
  sortedTimeline(inst)
    .find((e) => types.includes(e.type))
    ?.date.slice(0, 4);

/**
 * "Section 1(1)" -> "s 1(1)", "Sections 73 and 74" -> "ss 73 and 74", "Schedule 13, paragraph 4" -> "sch 13,
 * para 4".
 */
export function oscolaPinpoint(label: string): string {
  return label
    .replace(/^Sections\s+/i, 'ss ')
    .replace(/^Section\s+/i, 's ')
    .replace(/^Schedule\s+/i, 'sch ')
    .replace(/paragraph\s+/gi, 'para ')
    .replace(/^Articles\s+/i, 'arts ')
    .replace(/^Article\s+/i, 'art ');
}

/** "Section 3" -> "§ 3"; "18 U.S.C. 2256(8)(B)" -> "18 U.S.C. § 2256(8)(B)". */
export function bluebookPinpoint(label: string): string {
  return label
    .replace(/^Sections\s+/i, '§§ ')
    .replace(/^Section\s+/i, '§ ')
    .replace(/U\.S\.C\.\s+(?!§)/g, 'U.S.C. § ');
}

/** "S.3062, 119th Congress" -> "S. 3062, 119th Cong."; "Pub. L. 119-12" -> "Pub. L. No. 119-12". */
function bluebookCitation(citation: string): string {
  return citation
    .replace(/\bS\.\s*(\d+)/g, 'S. $1')
    .replace(/\bH\.R\.\s*(\d+)/g, 'H.R. $1')
    .replace(/(\d+)(st|nd|rd|th) Congress/g, '$1$2 Cong.')
    .replace(/Pub\. L\. (?!No\.)/g, 'Pub. L. No. ');
}

/** The instrument's (or provision's) legal citation in its jurisdiction's style. */
export function legalCitation(inst: Instrument, prov?: Provision): { style: LegalStyle; text: string } {
  const style = LEGAL_STYLE[rootJurisdiction(inst.jurisdiction)];
  const label = prov?.label;
  if (style === 'OSCOLA') {
    if (inst.kind === 'statute') return { style, text: `${inst.title}${label ? `, ${oscolaPinpoint(label)}` : ''}` };
    return { style, text: `${inst.title} (${inst.citation})${label ? `, ${label}` : ''}` };
  }
  if (style === 'Bluebook') {
    if (inst.kind === 'court-decision') {
      // The citation of a case usually carries its name already ("United States v. Anderegg, No. ...").
      const base = / v\. /.test(inst.citation)
        ? inst.citation
        : inst.title.includes(inst.citation)
          ? inst.title
          : `${inst.title}, ${inst.citation}`;
      return { style, text: label ? `${base} (${label})` : base };
    }
    if (inst.kind === 'bill' || inst.kind === 'legislative-proposal') {
      const year = yearOf(inst, ['introduced', 'proposed']);
      return {
        style,
        text:
          `${inst.shortTitle}, ` +
          `${bluebookCitation(inst.citation)}${label ? `, ${bluebookPinpoint(label)}` : ''}${year ? ` (${year})` : ''}`,
      };
    }
    if (/^\d+ U\.S\.C\./.test(inst.citation)) {
      if (label && /U\.S\.C\./.test(label)) return { style, text: bluebookPinpoint(label) };
      return { style, text: `${inst.citation}${label ? `, ${label}` : ''}` };
    }
    const year = yearOf(inst, ENACTMENT_EVENTS);
    // A state code section: "Cal. Bus. & Prof. Code §§ 22601-22606" with "Section 22601" -> "Cal. Bus. &
    // Prof. Code § 22601".
    const code = /([A-Z][A-Za-z.&\s]+ Code) §§/.exec(inst.citation)?.[1];
    const section = label && /^Section\s+(\S+)/.exec(label)?.[1];
    if (code && section) return { style, text: `${code} § ${section}${year ? ` (${year})` : ''}` };
    return {
      style,
      text:
        `${inst.shortTitle}, ` +
        `${bluebookCitation(inst.citation)}${label ? `, ${bluebookPinpoint(label)}` : ''}${year ? ` (${year})` : ''}`,
    };
  }
  // EU: "Article 5(1)(bb) of Regulation (EU) 2024/1689 (OJ L, 2024/1689, 12.7.2024)".
  const [act, ...oj] = inst.citation.split(/,\s*(?=OJ\b)/);
  const full = inst.title.includes(act) ? inst.title : `${inst.title}, ${act}`;
  const ojRef = oj.length ? ` (${oj.join(', ')})` : '';
  if (label) return { style, text: `${label} of ${act}${ojRef}` };
  return { style, text: `${full}${ojRef}` };
}

/** What a page citation needs: its title, absolute URL (with anchor) and the date it describes. */
export interface PageRef {
  title: string;
  url: string;
  /** The date the content was last reviewed or assessed (the "as of" date). */
  asOf: string;
  /** The date of access, normally the build date. */
  accessed: string;
  /** A stable key for BibTeX. */
  key: string;
}

const parts = (d: string) => ({ 'date-parts': [d.split('-').map(Number)] });

/** The CSL-JSON record for a page of this site. */
function cslRecord(page: PageRef, siteName: string) {
  return {
    id: page.key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteName }],
    URL: page.url,
    issued: parts(page.asOf),
    accessed: parts(page.accessed),
    note: `As of ${page.asOf}`,
  };
}

/** APA, BibTeX and CSL-JSON for a page, formatted by citation-js. */
export function pageCitations(page: PageRef, siteName: string) {
  const csl = cslRecord(page, siteName);
  const cite = new Cite([csl]);
  return {
    apa: String(cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).trim(),
    bibtex: String(cite.format('bibtex', { format: 'text' })).trim(),
    cslJson: JSON.stringify(csl, null, 2),
  };
}
