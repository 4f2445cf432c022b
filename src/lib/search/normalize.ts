/**
 * Text normalisation shared by the index and the query, so both sides agree: lower case, accents
 * folded, British and American spellings folded, and legal citations glued into single tokens
 * ("S. 1829" -> "s1829", "Pub. L. 119-12" -> "publ119x12", "COM(2024) 60" -> "com2024x60").
 */

/** Spelling variants folded to one form. Order matters: longer patterns first. */
const SPELLING: [RegExp, string][] = [
  [/paedo/g, 'pedo'],
  [/\boffence/g, 'offense'],
  [/\blicence/g, 'license'],
  [/\bdefence/g, 'defense'],
  [/([a-z]{3,})is(e|es|ed|ing|ation|ations)\b/g, '$1iz$2'],
  [/colour/g, 'color'],
  [/behaviour/g, 'behavior'],
  [/programme/g, 'program'],
];

/** Latin ordinals that number inserted articles in civil-law codes: "art. 600-quater.1", "art. 4 bis". */
const ORDINALS = 'bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies|decies';

/**
 * A code section number with its parts glued by "x": "18.2-374.1" -> "18x2x374x1", "39-17-1002" ->
 * "39x17x1002", "600-quater.1" -> "600xquaterx1", so the dots, dashes and colons people type or leave
 * out of a state or national code citation do not split it into loose numbers. Two numbers joined by
 * one dash are a range ("ss. 62-68", "arts 34-35") and stay apart.
 */
const COMPOUND_NUMBER = new RegExp(`(?<![a-z0-9])(\\d+[a-z]?)((?:[.:\\-–](?:\\d+[a-z]?|(?:${ORDINALS})\\b))+)`, 'g');
function glueCompound(whole: string, head: string, rest: string): string {
  const range = /^[-–]\d+[a-z]?$/.test(rest);
  return range ? whole : ` ${head}${rest.replace(/[.:\-–]/g, 'x')} `;
}

/** A section or article number, simple ("46A") or glued ("18x2x374x1"). */
const NUM = '(\\d+(?:x[a-z0-9]+)+|\\d+[a-z]?)';

/** Citation shapes glued into one token each, before tokenising. */
const CITATIONS: [RegExp, string | ((...m: string[]) => string)][] = [
  // "Pub. L. 119-12", "Public Law 119-12", "P.L. 119-12"
  [/\b(?:pub(?:lic)?\.?\s*l(?:aw)?\.?|p\.\s*l\.)\s*(\d+)\s*[-–]\s*(\d+)/g, ' publ$1x$2 '],
  // "H.R. 3921", "HR3921", "H.R.3921"
  [/\bh\.?\s*r\.?\s*(\d+)/g, ' hr$1 '],
  // State bills: "SB 741", "S.B. 741", "SB741", "Senate Bill 741"; "HB 2163", "AB 1831", "HF 1", "LD 1"
  [/\b(?:senate\s+bill|s\.?\s?b\.?)\s*(\d+)/g, ' sb$1 '],
  [/\b(?:house\s+bill|h\.?\s?b\.?)\s*(\d+)/g, ' hb$1 '],
  [/\b(?:assembly\s+bill|a\.?\s?b\.?)\s*(\d+)/g, ' ab$1 '],
  [/\b(hf|sf|ld|lb)\s*(\d+)/g, ' $1$2 '],
  // "COM(2024) 60", "COM (2022) 209 final"
  [/\bcom\s*\(\s*(\d{4})\s*\)\s*(\d+)/g, ' com$1x$2 '],
  // "1978 c. 37", "2026 c.20"
  [/\b(\d{4})\s*c\.\s*(\d+)/g, ' $1c$2 '],
  // "2024/1689", "2021/1232", "2022/0155(COD)"
  [/\b(\d+)\s*[/]\s*(\d+)/g, ' $1x$2 '],
  // Code section numbers: "18.2-374.1", "39-17-1002", "600-quater.1"
  [COMPOUND_NUMBER, glueCompound],
  // "Section 62", "s.160", "ss. 62-68", "§ 2256", "§§ 39-17-1003", "sec. 1466A", and Senate bills "S.1829"
  [new RegExp(`(?:\\bsections?|\\bsecs?\\.?|\\bss?\\.|\\bss?(?=\\d)|§+)\\s*${NUM}`, 'g'), ' s$1 '],
  // "Article 5", "Art. 50", "arts 34-35", "art. 600-quater.1"
  [new RegExp(`\\b(?:articles?|arts?\\.?)\\s*${NUM}`, 'g'), ' art$1 '],
  // "18 U.S.C. 2256" -> "usc" then "s2256" handled by bare number below
  [/\bu\.\s*s\.\s*c\.?/g, ' usc '],
];

/**
 * Other forms of a citation token to look up when the token itself is not indexed: a bare number
 * ("184b", "18x2x374x1") as a section or article ("s184b", "art600xquaterx1") and the reverse, so
 * "184b StGB" finds "§ 184b StGB" and "§ 1466A" finds "18 U.S.C. 1466A".
 */
export function citationVariants(term: string): string[] {
  if (/^\d/.test(term)) return [`s${term}`, `art${term}`];
  const m = /^(?:s|art)(\d.*)$/.exec(term);
  return m ? [m[1], ...(term.startsWith('s') ? [`art${m[1]}`] : [`s${m[1]}`])] : [];
}

/** Words too common to help. */
const STOPWORDS = new Set(
  (
    'a an and are as at be by can do does for from how i in is it its law laws me my of on or that the their ' +
    'this to under what when where which who with'
  ).split(' '),
);

/** Lower-cases, folds accents and spelling variants, and glues citations. */
export function normalize(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/[‘’“”]/g, "'");
  for (const [re, to] of CITATIONS) s = s.replace(re, to as string);
  for (const [re, to] of SPELLING) s = s.replace(re, to);
  return s;
}

/**
 * Normalised tokens, stopwords removed. Hyphenated words also yield their joined form ("pseudo-photograph" ->
 * "pseudophotograph").
 */
function tokenize(text: string): string[] {
  const s = normalize(text);
  const out: string[] = [];
  for (const m of s.matchAll(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g)) {
    const w = m[0];
    const parts = w.split(/[-']/);
    if (parts.length > 1) {
      out.push(parts.join(''));
      for (const p of parts) if (!STOPWORDS.has(p) && p.length > 1) out.push(p);
    } else if (!STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

/** A light English stem: plural and common verb endings, so "generators" meets "generator". */
export function stem(w: string): string {
  if (w.length <= 3 || /\d/.test(w)) return w;
  return w
    .replace(/ies$/, 'y')
    .replace(/(?<=[a-z]{3})(?:es|s)$/, (m, _o, str: string) =>
      m === 'es' && /(?:ss|x|ch|sh)es$/.test(str) ? '' : m === 'es' ? 'e' : '',
    )
    .replace(/(?<=[a-z]{4})(?:ing|ed)$/, '');
}

/** Tokens as indexed and queried: normalised, stopwords removed, stemmed, de-duplicated in order. */
export function terms(text: string): string[] {
  return [...new Set(tokenize(text).map(stem))];
}

/** Phrases whose common abbreviation or popular form is added to the index wherever they occur. */
const EXPANSIONS: [string, string][] = [
  ['child sexual abuse material', 'csam'],
  ['child sexual exploitation and abuse', 'csea'],
  ['non-consensual intimate', 'ncii'],
  ['nudification', 'nudify undress'],
  ['online safety act', 'osa'],
  ['digital services act', 'dsa'],
  ['take it down', 'tida'],
  ['artificial intelligence', 'ai'],
  ['pseudo-photograph', 'photograph'],
  ['sexual extortion', 'sextortion'],
];

/** The expansions with their phrases normalised and their abbreviations as terms, made once. */
let expansions: [string, string[]][] | undefined;

/** Terms for indexing: as `terms`, plus the abbreviations of phrases the text contains. */
export function indexTerms(text: string): string[] {
  expansions ??= EXPANSIONS.map(([phrase, abbr]) => [normalize(phrase), terms(abbr)]);
  const n = normalize(text);
  const extra = expansions.filter(([phrase]) => n.includes(phrase)).flatMap(([, abbr]) => abbr);
  return [...new Set([...terms(text), ...extra])];
}
