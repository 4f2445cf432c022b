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

/** Citation shapes glued into one token each, before tokenising. */
const CITATIONS: [RegExp, string][] = [
  // "Pub. L. 119-12", "Public Law 119-12", "P.L. 119-12"
  [/\b(?:pub(?:lic)?\.?\s*l(?:aw)?\.?|p\.\s*l\.)\s*(\d+)\s*[-–]\s*(\d+)/g, ' publ$1x$2 '],
  // "H.R. 3921", "HR3921", "H.R.3921"
  [/\bh\.?\s*r\.?\s*(\d+)/g, ' hr$1 '],
  // "COM(2024) 60", "COM (2022) 209 final"
  [/\bcom\s*\(\s*(\d{4})\s*\)\s*(\d+)/g, ' com$1x$2 '],
  // "1978 c. 37", "2026 c.20"
  [/\b(\d{4})\s*c\.\s*(\d+)/g, ' $1c$2 '],
  // "Section 62", "s.160", "ss. 62-68", "§ 2256", "sec. 1466A", and Senate bills "S.1829"
  [/(?:\bsections?|\bsecs?\.?|\bss?\.|\bss?(?=\d)|§+)\s*(\d+[a-z]?)/g, ' s$1 '],
  // "Article 5", "Art. 50", "arts 34-35"
  [/\b(?:articles?|arts?\.?)\s*(\d+[a-z]?)/g, ' art$1 '],
  // "2024/1689", "2021/1232", "119-12", "2022/0155(COD)"
  [/\b(\d+)\s*[/]\s*(\d+)/g, ' $1x$2 '],
  // "18 U.S.C. 2256" -> "usc" then "s2256" handled by bare number below
  [/\bu\.\s*s\.\s*c\.?/g, ' usc '],
];

/** Words too common to help. */
const STOPWORDS = new Set(
  'a an and are as at be by can do does for from how i in is it its law laws me my of on or that the their ' +
    'this to under what when where which who with'.split(' '),
);

/** Lower-cases, folds accents and spelling variants, and glues citations. */
export function normalize(text: string): string {
  let s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  s = s.replace(/[‘’“”]/g, "'");
  for (const [re, to] of CITATIONS) s = s.replace(re, to);
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

/** Terms for indexing: as `terms`, plus the abbreviations of phrases the text contains. */
export function indexTerms(text: string): string[] {
  const n = normalize(text);
  const extra = EXPANSIONS.filter(([phrase]) => n.includes(normalize(phrase))).map(([, abbr]) => abbr);
  return [...new Set([...terms(text), ...extra.flatMap((e) => terms(e))])];
}
