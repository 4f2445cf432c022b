/**
 * Citations. The legal citation of an instrument or provision follows its jurisdiction's guide: OSCOLA for
 * UK material, the Bluebook for US material, the EU's Interinstitutional Style Guide for EU acts, and the
 * member state's own form for national law. A page of this site is cited in APA, BibTeX and CSL-JSON, from
 * one record: the date its content was last checked ("as of") and the date it was accessed (the build date)
 * are kept apart. APA is written here for the one shape it takes (a web page with a corporate author); a
 * content test checks it against citation-js's APA style on the real titles. Citations of unverified
 * provisions say so in the text.
 */
import type { Instrument, Provision } from '../schemas';
import type { KnowledgeBase } from './kb';
import { resolveRef } from './kb';
import { sortedTimeline } from './as-of';
import { pageAddress, urls } from './urls';
import { LOCAL_BUILD_NOTE } from '../site';
import {
  AMENDMENT_KIND_LABELS,
  ENACTMENT_EVENTS,
  JURISDICTION_INFO,
  rootJurisdiction,
  type EventTypeId,
  type JurisdictionId,
  type RootJurisdictionId,
} from '../vocab';

/** The guide a legal citation follows; "national" is the form a member state gives its own law. */
export type LegalStyle = 'OSCOLA' | 'Bluebook' | 'EU' | 'national';

/** One legal citation: the guide it follows and the text to copy. */
export interface LegalCitation {
  style: LegalStyle;
  text: string;
}

/** What each guide is called where a citation is offered. */
export const LEGAL_STYLE_NAMES: Record<LegalStyle, string> = {
  OSCOLA: 'OSCOLA',
  Bluebook: 'Bluebook',
  EU: 'EU style (Interinstitutional Style Guide)',
  national: 'National citation',
};

/** How a sentence names each guide: "The legal citation follows the Bluebook". */
export const LEGAL_STYLE_GUIDES: Record<LegalStyle, string> = {
  OSCOLA: 'OSCOLA',
  Bluebook: 'the Bluebook',
  EU: "the EU's Interinstitutional Style Guide",
  national: "the member state's own form",
};

const ROOT_STYLE = { uk: 'OSCOLA', us: 'Bluebook', eu: 'EU' } as const satisfies Record<RootJurisdictionId, LegalStyle>;

/** The guide for a jurisdiction's law: its root's, except an EU member state's own law, cited as it cites it. */
export function legalStyleOf(jurisdiction: JurisdictionId): LegalStyle {
  return JURISDICTION_INFO[jurisdiction].kind === 'member-state'
    ? 'national'
    : ROOT_STYLE[rootJurisdiction(jurisdiction)];
}

const yearOf = (inst: Instrument, types: readonly EventTypeId[]) =>
  sortedTimeline(inst)
    .find((e) => types.includes(e.type))
    ?.date.slice(0, 4);

/**
 * OSCOLA pinpoints (OSCOLA 2.4.2): "Section 1(1)" -> "s 1(1)", "Sections 73 and 74" -> "ss 73 and 74",
 * "Schedule 13, paragraph 4" -> "sch 13, para 4", "s.46A" -> "s 46A", "Art. 3" -> "art 3", "S.I." -> "SI";
 * ranges take an en dash ("ss 66B–66D").
 */
export function oscolaPinpoint(label: string): string {
  return label
    .replace(/\bSections\s+(?=\d)/gi, 'ss ')
    .replace(/\bSection\s+(?=\d)/gi, 's ')
    .replace(/\bSchedules\s+(?=\d)/gi, 'schs ')
    .replace(/\bSchedule\s+(?=\d)/gi, 'sch ')
    .replace(/\bparagraphs\s+(?=\d)/gi, 'paras ')
    .replace(/\bparagraph\s+(?=\d)/gi, 'para ')
    .replace(/\bArticles\s+(?=\d)/gi, 'arts ')
    .replace(/\b(?:Article|Art\.)\s*(?=\d)/gi, 'art ')
    .replace(/\bss\.\s*(?=\d)/g, 'ss ')
    .replace(/\bs\.\s*(?=\d)/g, 's ')
    .replace(/\bS\.I\.\s*/g, 'SI ')
    .replace(/\bN\.I\./g, 'NI')
    .replace(/\bs (\S+) and s (?=\d)/g, 'ss $1 and ')
    .replace(/\((inserted|substituted|amended|as amended) by the /g, '($1 by ')
    .replace(/(?<=[\dA-Za-z)])-(?=[\d(])/g, '–');
}

/**
 * Bluebook section signs (rule 3.3): "Section 3" -> "§ 3"; "18 U.S.C. 2256(8)(B)" -> "18 U.S.C. § 2256(8)(B)";
 * subsections of one section follow it ("18 U.S.C. 2256(8)(C) and 2256(9)" -> "18 U.S.C. § 2256(8)(C), (9)");
 * different sections take "§§".
 */
export function bluebookPinpoint(label: string): string {
  const usc = /^(\d+) U\.S\.C\.\s+(?:§+\s*)?(.+)$/.exec(label);
  if (usc) {
    const parts = usc[2].split(/,?\s+and\s+(?=\d)/);
    const bases = parts.map((p) => /^\d+[A-Za-z]*/.exec(p)?.[0]);
    if (parts.length > 1 && bases.every((b) => b && b === bases[0]))
      return `${usc[1]} U.S.C. § ${parts[0]}${parts
        .slice(1)
        .map((p) => `, ${p.slice(bases[0]!.length)}`)
        .join('')}`;
    return `${usc[1]} U.S.C. ${parts.length > 1 ? '§§' : '§'} ${parts.join(', ')}`;
  }
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

/** Events that give the version of a provision a code citation dates from (Bluebook rule 12.3.2). */
const VERSION_EVENTS: readonly EventTypeId[] = [...ENACTMENT_EVENTS, 'amended', 'commencement', 'entry-into-force'];

/**
 * The year of the provision's latest recorded enactment, amendment or commencement up to the date it was
 * last checked: the version a state code citation refers to. Undefined when none is recorded (no guess).
 */
function versionYear(inst: Instrument, prov: Provision): string | undefined {
  const until = prov.inForce?.asOf ?? inst.lastReviewed;
  const dates = [
    ...inst.timeline
      .filter((e) => e.provisions?.includes(prov.id) && VERSION_EVENTS.includes(e.type))
      .map((e) => e.date),
    ...(prov.inForce?.from ? [prov.inForce.from] : []),
  ].filter((d) => d <= until);
  return dates.sort().at(-1)?.slice(0, 4);
}

function oscola(inst: Instrument, prov?: Provision): string {
  if (inst.kind === 'overview') return prov ? oscolaPinpoint(prov.label) : '';
  if (inst.kind !== 'statute') return `${inst.title} (${inst.citation})${prov ? `, ${prov.label}` : ''}`;
  if (!prov) return inst.title;
  const pin = oscolaPinpoint(prov.label);
  const by = prov.amendedBy;
  // An amended provision is cited with the Act that changed it (OSCOLA 2.4): "(inserted by X Act 2026, s 72)".
  const change = by
    ? ` (${AMENDMENT_KIND_LABELS[by.how]} ${by.act}${by.provision ? `, ${oscolaPinpoint(by.provision)}` : ''})`
    : '';
  // A label that is not a pinpoint ("Section number not confirmed ...") reads as a description.
  const lead = /^(s|ss|sch|schs|para|paras|art|arts)\s/.test(pin) ? pin : pin[0].toLowerCase() + pin.slice(1);
  return `${inst.title}, ${lead}${change}`;
}

function bluebook(inst: Instrument, prov?: Provision): string {
  const label = prov?.label;
  if (inst.kind === 'overview') {
    if (!prov) return '';
    // A state's entries are labelled with their own citation; the code's year follows (rule 12.3.2) unless
    // the label already dates itself.
    const text = prov.label.replace(/§(?=[^\s§])/g, '§ ');
    const year = /\b(19|20)\d\d\b/.test(text) ? undefined : versionYear(inst, prov);
    return year ? `${text} (${year})` : text;
  }
  if (inst.kind === 'court-decision') {
    // The citation of a case usually carries its name already ("United States v. Anderegg, No. ...").
    const base = / v\. /.test(inst.citation)
      ? inst.citation
      : inst.title.includes(inst.citation)
        ? inst.title
        : `${inst.title}, ${inst.citation}`;
    return label ? `${base} (${label})` : base;
  }
  // A section label may carry what it does: "Section 2 (amending 18 U.S.C. 2252A)". It follows the date as
  // an explanatory parenthetical; a code citation there is where the section was codified (rule 12.4).
  const split = label && /^(Sections?\s+\S+(?:\s+and\s+\S+)?)\s+\((.+)\)$/.exec(label);
  const pin = split ? bluebookPinpoint(split[1]) : label && /^Sections?\s/.test(label) ? bluebookPinpoint(label) : '';
  const explained = split ? split[2] : label && !pin ? label : '';
  const after = explained
    ? ` (${/^\d+ U\.S\.C\./.test(explained) ? 'codified at ' : ''}${explained.replace(/U\.S\.C\.\s+(?!§)/g, 'U.S.C. § ')})`
    : '';
  if (inst.kind === 'bill' || inst.kind === 'legislative-proposal') {
    // Rule 13.2: "S. 3062, 119th Cong. § 4 (2025)".
    const year = yearOf(inst, ['introduced', 'proposed']);
    const date = year ? ` (${year})` : '';
    return `${inst.shortTitle}, ${bluebookCitation(inst.citation)}${pin ? ` ${pin}` : ''}${date}${after}`;
  }
  // The United States Code: no year for the federal code (rule 12.3.2, 21st edition on).
  if (/^\d+ U\.S\.C\./.test(inst.citation)) {
    if (label && /U\.S\.C\./.test(label)) return bluebookPinpoint(label);
    return `${inst.citation}${label ? `, ${label}` : ''}`;
  }
  const year = yearOf(inst, ENACTMENT_EVENTS);
  // A state code section: "Cal. Bus. & Prof. Code §§ 22601-22606" with "Section 22601" -> "Cal. Bus. &
  // Prof. Code § 22601 (2025)".
  const code = /([A-Z][A-Za-z.&\s]+ Code) §§/.exec(inst.citation)?.[1];
  const section = label && /^Section\s+(\S+)/.exec(label)?.[1];
  if (code && section) return `${code} § ${section}${year ? ` (${year})` : ''}`;
  // A session law (rule 12.4): the section comes before the Statutes at Large: "Pub. L. No. 119-12, § 3, 139
  // Stat. 55 (2025)".
  const citation = bluebookCitation(inst.citation);
  const stat = /^(Pub\. L\. No\. [\d-]+), (\d+ Stat\. \d+)$/.exec(citation);
  const body = stat && pin ? `${stat[1]}, ${pin}, ${stat[2]}` : `${citation}${pin ? `, ${pin}` : ''}`;
  return `${inst.shortTitle}, ${body}${year ? ` (${year})` : ''}${after}`;
}

/**
 * The European Legislation Identifier of a regulation or directive: "Regulation (EU) 2024/1689" ->
 * "http://data.europa.eu/eli/reg/2024/1689/oj"; undefined for a proposal or an act without such a number.
 */
export function eliOf(act: string): string | undefined {
  const m =
    /^(Regulation|Directive|Decision) \((?:EU|EC|EU, Euratom)\) (\d{4})\/(\d+)$/.exec(act) ??
    /^(Regulation|Directive|Decision) (\d{4})\/(\d+)\/(?:EU|EC)$/.exec(act);
  if (!m) return undefined;
  const type = { Regulation: 'reg', Directive: 'dir', Decision: 'dec' }[m[1] as 'Regulation'];
  return `http://data.europa.eu/eli/${type}/${m[2]}/${Number(m[3])}/oj`;
}

/**
 * The Interinstitutional Style Guide: the full title (3.2.1), then the Official Journal reference with the
 * act's ELI (3.1): "Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024
 * ... (OJ L, 2024/1689, 12.7.2024, ELI: http://data.europa.eu/eli/reg/2024/1689/oj)"; a subdivision comes
 * first (3.2.3): "Article 5(1)(bb) of Regulation ...". A proposal carries its COM number.
 */
function euStyle(inst: Instrument, prov?: Provision): string {
  const [act, ...oj] = inst.citation.split(/,\s*(?=OJ\b)/);
  const eli = eliOf(act);
  const title = inst.title.includes(act) ? inst.title : `${inst.title} (${act})`;
  const ref = [...oj, ...(eli ? [`ELI: ${eli}`] : [])].join(', ');
  const full = ref ? `${title} (${ref})` : title;
  if (!prov) return full;
  // "Article 5(1)(a)-(h)" -> "Article 5(1)(a) to (h)" (3.2.3); "(proposal)" repeats what the title says.
  const label = prov.label.replace(/\)-\(/g, ') to (').replace(/\s+\(proposal\)$/, '');
  // Only a plain subdivision reads "Article 5 of ..."; a described one ("New offence (...)") follows the act.
  return /^Articles?\s+\d[\w()]*(?:(?:,|\s+and|\s+to)\s+[\w()]+)*$/.test(label)
    ? `${label} of ${full}`
    : `${full}, ${label}`;
}

/** A label's unit, for "[section number unverified]". */
const unitOf = (label = '') =>
  /^(sections?|ss?\b|§)/i.test(label) ? 'section' : /^(articles?|art)\b/i.test(label) ? 'article' : 'provision';

/**
 * What a citation must say about unconfirmed facts, from the provision's `unverified` marker (or the
 * instrument's): "[section number unverified]", "[text unverified]", both, or "[partly unverified]" when
 * something else is unconfirmed. Undefined when nothing is.
 */
export function unverifiedFlag(inst: Instrument, prov?: Provision): string | undefined {
  const note = prov?.unverified;
  if (!note) return inst.unverified ? '[partly unverified]' : undefined;
  // "the amending section number" is another Act's number, not this provision's.
  const unit = /(?<!amending )\b(section|article|paragraph|statute|act's)\s+numb(?:er|ers|ering)\b/i.exec(note);
  const number = unit || /\b(numbering|lettering)\b/i.test(note);
  const text = /\b(text|wording)\b/i.test(note);
  const what = number ? `${unit ? unit[1].toLowerCase().replace("act's", 'act') : unitOf(prov.label)} number` : '';
  if (number && text) return `[${what} and text unverified]`;
  if (number) return `[${what} unverified]`;
  return text ? '[text unverified]' : '[partly unverified]';
}

/**
 * The legal citation of an instrument or one of its provisions, in its jurisdiction's style, with what is
 * unverified said in the text. Undefined for an overview of a jurisdiction's law cited as a whole (it is
 * no instrument; its provisions carry their own citations).
 */
export function legalCitation(inst: Instrument, prov?: Provision): LegalCitation | undefined {
  const style = legalStyleOf(inst.jurisdiction);
  if (inst.kind === 'overview' && !prov) return undefined;
  const text =
    style === 'OSCOLA'
      ? oscola(inst, prov)
      : style === 'Bluebook'
        ? bluebook(inst, prov)
        : style === 'EU'
          ? euStyle(inst, prov)
          : (prov?.label ?? inst.citation);
  const flag = unverifiedFlag(inst, prov);
  return { style, text: flag ? `${text} ${flag}` : text };
}

/**
 * The legal citations of the provisions a topic row or gap rests on ("uk/foo#s-1" references), in the
 * order given, without repeats; references that do not resolve are skipped (the content check reports them).
 */
export function legalCitationsOf(kb: KnowledgeBase, refs: readonly string[]): LegalCitation[] {
  const seen = new Set<string>();
  return refs.flatMap((ref) => {
    const r = resolveRef(kb, ref);
    const c = r && legalCitation(r.instrument, r.provision);
    if (!c || seen.has(c.text)) return [];
    seen.add(c.text);
    return [c];
  });
}

/**
 * BibTeX keys, derived from what is cited so they are stable and unique across the site:
 * "AICSAMLaw:uk:sexual-offences-act-2003:s-46a", "AICSAMLaw:gap:penalties:uk".
 */
export const citeKeys = {
  instrument: (id: string) => `AICSAMLaw:${id.replace('/', ':')}`,
  provision: (id: string, provisionId: string) => `${citeKeys.instrument(id)}:${provisionId}`,
  topicRow: (topic: string, row: string) => `AICSAMLaw:topic:${topic}:${row}`,
  gap: (topic: string, row: string) => `AICSAMLaw:gap:${topic}:${row}`,
};

/**
 * What a page citation of an instrument or provision cites: its title (saying what is unverified), its
 * path, the date its content was last checked and its key.
 */
export function entryPage(inst: Instrument, prov?: Provision) {
  const flag = unverifiedFlag(inst, prov);
  const title = prov ? `${inst.shortTitle}, ${prov.label}: ${prov.title}` : inst.title;
  return {
    title: flag ? `${title} ${flag}` : title,
    path: prov ? urls.provision(inst.id, prov.id) : urls.instrument(inst.id),
    asOf: prov?.inForce?.asOf ?? inst.lastReviewed,
    citeKey: prov ? citeKeys.provision(inst.id, prov.id) : citeKeys.instrument(inst.id),
  };
}

/** What a page citation needs. */
export interface PageRef {
  title: string;
  /** Root-relative path with anchor: "/instruments/uk/x/#s-1". */
  path: string;
  /** The public address (SITE_URL); none in a local build, which cites the path with LOCAL_BUILD_NOTE. */
  site?: string | URL | undefined;
  /** The date the content was last checked (the "as of" date). */
  asOf: string;
  /** The date of access: the build date. */
  accessed: string;
  /** The BibTeX key and CSL id (see citeKeys). */
  key: string;
}

const parts = (d: string) => ({ 'date-parts': [d.split('-').map(Number)] });
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LONG_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long' });
/** "2026-12-01" -> "December 1, 2026"; anything that is not a date is given back as it is. */
const longDate = (d: string) => {
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? d : LONG_DATE.format(t);
};
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A quotation mark opens a quotation at the start or after a space, an opening bracket, a dash or a slash. */
const opensAt = (chars: readonly string[], i: number) => i === 0 || /[\s([{\u2013\u2014/-]/.test(chars[i - 1]);
/**
 * Typographic quotation marks as APA (American English) sets them: straight quotes become curly, the outer
 * pair double and a pair inside it single (a top-level pair of single quotes becomes double); an apostrophe
 * becomes a right single quote. French guillemets keep their narrow no-break space.
 */
export function apaQuotes(text: string): string {
  const chars = [...text];
  // Which single quotes open a quotation: one that starts a word and has a closing partner later.
  const opens = new Set<number>();
  const closes = new Set<number>();
  const pending: number[] = [];
  chars.forEach((c, i) => {
    if (c !== "'") return;
    const after = chars[i + 1] ?? '';
    if (opensAt(chars, i) && after && !/\s/.test(after)) pending.push(i);
    else if (pending.length && !/[\p{L}\p{N}]/u.test(after)) {
      opens.add(pending.pop()!);
      closes.add(i);
    }
  });
  let depth = 0;
  const mark = (open: boolean) => {
    if (open) return depth++ % 2 === 0 ? '\u201c' : '\u2018';
    depth = Math.max(0, depth - 1);
    return depth % 2 === 0 ? '\u201d' : '\u2019';
  };
  return chars
    .map((c, i) => {
      if (c === '"' || c === '\u201c' || c === '\u201d') {
        return mark(c === '\u201c' || (c === '"' && opensAt(chars, i)));
      }
      if (c === "'") return opens.has(i) ? mark(true) : closes.has(i) ? mark(false) : '\u2019';
      return c;
    })
    .join('')
    .replace(/\u00ab /g, '\u00ab\u202f')
    .replace(/ \u00bb/g, '\u202f\u00bb');
}

/** Ends a title with a period, APA's way: none after . ? ! or :, and inside closing quotation marks. */
export function apaTerminate(title: string): string {
  const m = /^(.*?)([\u201d\u2019]*)$/su.exec(title)!;
  const [, body, quotes] = m;
  return /[.?!:]$/.test(body) ? title : `${body}.${quotes}`;
}

/** APA 7 reference of a web page by a corporate author: "Author. (2026, November 21). Title. URL". */
export function apaReference(author: string, date: string, title: string, url: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${apaTerminate(author)} (${y}, ${MONTH_NAMES[m - 1]} ${d}). ${apaTerminate(apaQuotes(title))} ${url}`;
}

/** Escapes text for a braced BibTeX field: LaTeX's special characters, and braces so groups stay balanced. */
export function bibtexEscape(s: string): string {
  return s.replace(/[\\{}&%$#_~^]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '~' ? '\\textasciitilde{}' : c === '^' ? '\\textasciicircum{}' : `\\${c}`,
  );
}

/**
 * A BibTeX entry valid for BibTeX and biblatex alike: @misc with year and month (a month macro), the
 * address in `url` only, the access date in `urldate`, the as-of date in `note`. The title is braced whole
 * so styles keep its capitals.
 */
function bibtexEntry(page: PageRef, url: string, note: string, siteName: string): string {
  const [year, month] = page.asOf.split('-');
  const fields: [string, string][] = [
    ['author', `{{${bibtexEscape(siteName)}}}`],
    ['title', `{{${bibtexEscape(page.title)}}}`],
    ['year', `{${year}}`],
    ['month', MONTHS[Number(month) - 1]],
    ['url', `{${url.replace(/[{}%\\]/g, (c) => `\\${c}`)}}`],
    ['urldate', `{${page.accessed}}`],
    ['note', `{${bibtexEscape(note)}}`],
  ];
  return `@misc{${page.key},\n${fields.map(([k, v]) => `  ${k} = ${v},`).join('\n')}\n}`;
}

/**
 * A page of this site in APA (with its retrieval date, as APA 7 asks for pages that change), BibTeX and
 * CSL-JSON, and the address they give: absolute under the public address, or the root-relative path with
 * LOCAL_BUILD_NOTE in a local build.
 */
export function pageCitations(page: PageRef, siteName: string) {
  const url = pageAddress(page.path, page.site);
  const local = !page.site;
  const note = `Content as of ${page.asOf}${local ? `; ${LOCAL_BUILD_NOTE}` : ''}`;
  const csl = {
    id: page.key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: siteName }],
    URL: url,
    issued: parts(page.asOf),
    accessed: parts(page.accessed),
    note,
  };
  const retrieved = `Retrieved ${longDate(page.accessed)}, from ${url}${local ? ` (${LOCAL_BUILD_NOTE})` : ''}`;
  return {
    url,
    local,
    apa: apaReference(siteName, page.asOf, page.title, retrieved),
    bibtex: bibtexEntry(page, url, note, siteName),
    cslJson: JSON.stringify(csl, null, 2),
  };
}
