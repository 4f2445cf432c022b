/**
 * The labelled query set: realistic queries and the results that must appear in the top 3.
 * An expected id matches a result with that id, or (for an instrument id) any of its provisions.
 */
export interface LabelledQuery {
  query: string;
  /** Any one of these in the top 3 counts as a hit. */
  expect: string[];
  kind: 'citation' | 'popular-name' | 'spelling' | 'content' | 'topic';
  /** The expected result must be the first hit, not only in the top 3. */
  first?: true;
}

export const LABELLED_QUERIES: LabelledQuery[] = [
  // Citations and numbers
  { query: 'S.1829', expect: ['us/stop-csam-act-2025'], kind: 'citation' },
  { query: 'H.R.3921', expect: ['us/stop-csam-act-2025'], kind: 'citation' },
  { query: 'Pub. L. 119-12', expect: ['us/take-it-down-act'], kind: 'citation' },
  { query: '2024/1689', expect: ['eu/ai-act'], kind: 'citation' },
  { query: 'COM(2024) 60', expect: ['eu/csa-directive-recast'], kind: 'citation' },
  { query: 's.160', expect: ['uk/criminal-justice-act-1988'], kind: 'citation' },
  { query: 'section 62', expect: ['uk/coroners-and-justice-act-2009'], kind: 'citation' },
  { query: 'Article 5', expect: ['eu/ai-act', 'eu/directive-2011-93'], kind: 'citation' },
  { query: '1978 c. 37', expect: ['uk/protection-of-children-act-1978'], kind: 'citation' },
  { query: 'S.3062', expect: ['us/guard-act'], kind: 'citation' },
  { query: '2022/2065', expect: ['eu/digital-services-act'], kind: 'citation' },
  { query: 'Directive 2011/93/EU', expect: ['eu/directive-2011-93'], kind: 'citation' },
  { query: 'SB 243', expect: ['us/california-sb-243'], kind: 'citation' },
  { query: '18 U.S.C. 1466A', expect: ['us/18-usc-1466a'], kind: 'citation' },
  { query: 'COM(2022) 209', expect: ['eu/csa-regulation-proposal'], kind: 'citation' },
  { query: '2026 c. 20', expect: ['uk/crime-and-policing-act-2026'], kind: 'citation' },
  { query: 'S.3398', expect: ['us/stop-sextortion-act'], kind: 'citation' },
  { query: 'Article 50 AI Act', expect: ['eu/ai-act#art-50-1', 'eu/ai-act#art-50-2'], kind: 'citation' },
  // State and national code citations, as written and as typed (with or without "Ann.", "§", dots, spaces)
  { query: 'Va. Code 18.2-374.1', expect: ['us-va/state-law#va-code-18-2-374-1'], kind: 'citation', first: true },
  {
    query: 'Va. Code Ann. § 18.2-374.1',
    expect: ['us-va/state-law#va-code-18-2-374-1'],
    kind: 'citation',
    first: true,
  },
  {
    query: 'Tenn. Code 39-17-1002',
    expect: ['us-tn/state-law#tn-code-39-17-1002'],
    kind: 'citation',
    first: true,
  },
  { query: '§ 184b StGB', expect: ['eu-de/national-law#de-stgb-184b'], kind: 'citation', first: true },
  { query: '184b StGB', expect: ['eu-de/national-law#de-stgb-184b'], kind: 'citation', first: true },
  {
    query: 'art. 600-quater.1 c.p.',
    expect: ['eu-it/national-law#it-cp-600-quater-1'],
    kind: 'citation',
    first: true,
  },
  { query: 'SB 741', expect: ['us-tn/state-law', 'us/state-ai-csam-laws#tn-sb-741'], kind: 'citation', first: true },
  { query: 'SB741', expect: ['us-tn/state-law', 'us/state-ai-csam-laws#tn-sb-741'], kind: 'citation', first: true },
  { query: 's.46A', expect: ['uk/sexual-offences-act-2003#s-46a'], kind: 'citation', first: true },
  // Popular names and abbreviations
  { query: 'TIDA', expect: ['us/take-it-down-act'], kind: 'popular-name' },
  {
    query: 'CSAM',
    expect: ['ai-csam-offences', 'us/18-usc-2252a-2256', 'uk/crime-and-policing-act-2026'],
    kind: 'popular-name',
  },
  { query: 'NCII', expect: ['nudification-tools', 'us/take-it-down-act'], kind: 'popular-name' },
  { query: 'OSA', expect: ['uk/online-safety-act-2023'], kind: 'popular-name' },
  { query: 'DSA', expect: ['eu/digital-services-act'], kind: 'popular-name' },
  { query: 'chat control', expect: ['eu/csa-regulation-proposal'], kind: 'popular-name' },
  {
    query: 'paedophile manuals',
    expect: ['instructional-material', 'uk/serious-crime-act-2015', 'uk/crime-and-policing-act-2026'],
    kind: 'popular-name',
  },
  {
    query: 'nudify apps',
    expect: ['nudification-tools', 'uk/crime-and-policing-act-2026', 'uk/vawg-strategy-2025'],
    kind: 'popular-name',
  },
  { query: 'GUARD Act', expect: ['us/guard-act'], kind: 'popular-name' },
  { query: 'Take It Down Act', expect: ['us/take-it-down-act'], kind: 'popular-name' },
  { query: 'Ashcroft', expect: ['us/ashcroft-v-free-speech-coalition'], kind: 'popular-name' },
  { query: 'Anderegg', expect: ['us/united-states-v-anderegg'], kind: 'popular-name' },
  { query: 'PROTECT Act', expect: ['us/18-usc-2252a-2256', 'us/18-usc-1466a'], kind: 'popular-name' },
  { query: 'VAWG strategy', expect: ['uk/vawg-strategy-2025'], kind: 'popular-name' },
  { query: 'interim regulation', expect: ['eu/interim-regulation-2021-1232'], kind: 'popular-name' },
  // States, member states and legal systems by name: their page first
  { query: 'Virginia', expect: ['us-va'], kind: 'popular-name', first: true },
  { query: 'Texas', expect: ['us-tx'], kind: 'popular-name', first: true },
  { query: 'Denmark', expect: ['eu-dk'], kind: 'popular-name', first: true },
  { query: 'Netherlands', expect: ['eu-nl'], kind: 'popular-name', first: true },
  { query: 'Scotland', expect: ['uk-sct'], kind: 'popular-name', first: true },
  // Spelling variants and typos
  {
    query: 'pedophile manuals',
    expect: ['instructional-material', 'uk/serious-crime-act-2015', 'uk/crime-and-policing-act-2026'],
    kind: 'spelling',
  },
  {
    query: 'criminalize AI generated images',
    expect: [
      'ai-csam-offences',
      'eu/csa-directive-recast',
      'us/18-usc-2252a-2256',
      'uk/protection-of-children-act-1978',
    ],
    kind: 'spelling',
  },
  { query: 'protecton of chidren act', expect: ['uk/protection-of-children-act-1978'], kind: 'spelling' },
  { query: 'sextorsion', expect: ['sextortion', 'us/stop-sextortion-act'], kind: 'spelling' },
  { query: 'nudification', expect: ['nudification-tools'], kind: 'spelling' },
  { query: 'nudificaton', expect: ['nudification-tools'], kind: 'spelling', first: true },
  { query: 'Online Saftey Act', expect: ['uk/online-safety-act-2023'], kind: 'spelling' },
  { query: 'offense of possessing prohibited images', expect: ['uk/coroners-and-justice-act-2009'], kind: 'spelling' },
  // Words from the content
  { query: 'pseudo-photograph', expect: ['uk/protection-of-children-act-1978'], kind: 'content' },
  { query: 'indistinguishable from a minor', expect: ['us/18-usc-2252a-2256'], kind: 'content' },
  { query: 'obscene visual representations', expect: ['us/18-usc-1466a'], kind: 'content' },
  { query: 'digital forgery', expect: ['us/take-it-down-act'], kind: 'content' },
  { query: 'detection orders', expect: ['eu/csa-regulation-proposal'], kind: 'content' },
  { query: 'age verification chatbots', expect: ['us/guard-act'], kind: 'content' },
  { query: 'Stanley v. Georgia', expect: ['us/united-states-v-anderegg'], kind: 'content' },
  { query: 'ePrivacy derogation', expect: ['eu/interim-regulation-2021-1232'], kind: 'content' },
  { query: 'simple possession indecent photograph', expect: ['uk/criminal-justice-act-1988'], kind: 'content' },
  { query: 'AI Act CSAM ban', expect: ['eu/ai-act'], kind: 'content' },
  // Topic questions
  {
    query: 'CSA image generator offence',
    expect: ['csa-image-generators', 'uk/sexual-offences-act-2003', 'uk/crime-and-policing-act-2026'],
    kind: 'topic',
  },
  { query: 'personal use exemption', expect: ['private-possession', 'eu/csa-directive-recast'], kind: 'topic' },
  { query: 'companion chatbots', expect: ['chatbots', 'us/california-sb-243'], kind: 'topic' },
  { query: 'model testing defence', expect: ['ai-model-safety', 'uk/crime-and-policing-act-2026'], kind: 'topic' },
  {
    query: 'platform takedown 48 hours',
    expect: ['platform-duties', 'us/take-it-down-act', 'uk/online-safety-act-2023'],
    kind: 'topic',
  },
  { query: 'maximum penalties', expect: ['penalties'], kind: 'topic' },
  { query: 'what is a trilogue', expect: ['glossary#trilogue'], kind: 'content' },
  { query: 'LoRA fine-tuned model', expect: ['glossary#lora', 'csa-image-generators'], kind: 'content' },
];

/** True when a result id satisfies an expected id (exact, or a provision of the expected instrument). */
export function matches(resultId: string, expected: string): boolean {
  return resultId === expected || (!expected.includes('#') && resultId.startsWith(`${expected}#`));
}
