/**
 * The jurisdictions the knowledge base compares, as one hierarchy. The ONLY place their ids, names
 * and relations live: schemas, rows, pages and exports are all built from this file, so a new
 * jurisdiction is one line of data here.
 *
 * Ids are part of the open data and stable: `uk`, `us`, `eu`; the UK's legal systems `uk-ew`,
 * `uk-sct`, `uk-ni`; `us-federal` and the summary row `us-states`; US states and DC as `us-` plus the
 * lower-case USPS code (`us-va`, `us-dc`); EU member states as `eu-` plus the lower-case ISO 3166-1
 * alpha-2 code (`eu-de`, `eu-gr`, as the EU itself writes Greece).
 */

/** US states and the District of Columbia, by lower-case USPS code. */
const US_STATES = {
  al: 'Alabama',
  ak: 'Alaska',
  az: 'Arizona',
  ar: 'Arkansas',
  ca: 'California',
  co: 'Colorado',
  ct: 'Connecticut',
  de: 'Delaware',
  dc: 'District of Columbia',
  fl: 'Florida',
  ga: 'Georgia',
  hi: 'Hawaii',
  id: 'Idaho',
  il: 'Illinois',
  in: 'Indiana',
  ia: 'Iowa',
  ks: 'Kansas',
  ky: 'Kentucky',
  la: 'Louisiana',
  me: 'Maine',
  md: 'Maryland',
  ma: 'Massachusetts',
  mi: 'Michigan',
  mn: 'Minnesota',
  ms: 'Mississippi',
  mo: 'Missouri',
  mt: 'Montana',
  ne: 'Nebraska',
  nv: 'Nevada',
  nh: 'New Hampshire',
  nj: 'New Jersey',
  nm: 'New Mexico',
  ny: 'New York',
  nc: 'North Carolina',
  nd: 'North Dakota',
  oh: 'Ohio',
  ok: 'Oklahoma',
  or: 'Oregon',
  pa: 'Pennsylvania',
  ri: 'Rhode Island',
  sc: 'South Carolina',
  sd: 'South Dakota',
  tn: 'Tennessee',
  tx: 'Texas',
  ut: 'Utah',
  vt: 'Vermont',
  va: 'Virginia',
  wa: 'Washington',
  wv: 'West Virginia',
  wi: 'Wisconsin',
  wy: 'Wyoming',
} as const;

/** EU member states, by lower-case ISO 3166-1 alpha-2 code (the EU writes Greece "EL"; the id keeps ISO's "gr"). */
const EU_MEMBER_STATES = {
  at: 'Austria',
  be: 'Belgium',
  bg: 'Bulgaria',
  hr: 'Croatia',
  cy: 'Cyprus',
  cz: 'Czechia',
  dk: 'Denmark',
  ee: 'Estonia',
  fi: 'Finland',
  fr: 'France',
  de: 'Germany',
  gr: 'Greece',
  hu: 'Hungary',
  ie: 'Ireland',
  it: 'Italy',
  lv: 'Latvia',
  lt: 'Lithuania',
  lu: 'Luxembourg',
  mt: 'Malta',
  nl: 'Netherlands',
  pl: 'Poland',
  pt: 'Portugal',
  ro: 'Romania',
  sk: 'Slovakia',
  si: 'Slovenia',
  es: 'Spain',
  se: 'Sweden',
} as const;

/** The UK's three legal systems. */
const UK_LEGAL_SYSTEMS = { ew: 'England and Wales', sct: 'Scotland', ni: 'Northern Ireland' } as const;

/** What a jurisdiction is; decides where it sits in the views and how its row is read. */
export const JURISDICTION_KINDS = [
  'country',
  'federation',
  'union',
  'legal-system',
  'federal',
  'states-summary',
  'state',
  'member-state',
] as const;
export type JurisdictionKindId = (typeof JURISDICTION_KINDS)[number];

export type UsStateId = `us-${keyof typeof US_STATES}`;
export type EuMemberStateId = `eu-${keyof typeof EU_MEMBER_STATES}`;
export type UkLegalSystemId = `uk-${keyof typeof UK_LEGAL_SYSTEMS}`;
export type RootJurisdictionId = 'uk' | 'us' | 'eu';
export type JurisdictionId =
  RootJurisdictionId | UkLegalSystemId | 'us-federal' | 'us-states' | UsStateId | EuMemberStateId;

/** One jurisdiction in the hierarchy. */
export interface Jurisdiction {
  /** Its name: "Virginia", "England and Wales". */
  name: string;
  /** A short label for narrow table headers: "VA", "UK". */
  short: string;
  /** The jurisdiction it belongs to, or null at the top. */
  parent: RootJurisdictionId | null;
  /** What it is. */
  kind: JurisdictionKindId;
}

const children = <C extends string>(
  parent: RootJurisdictionId,
  kind: JurisdictionKindId,
  names: Record<C, string>,
): Record<`${RootJurisdictionId}-${C}`, Jurisdiction> =>
  Object.fromEntries(
    Object.entries<string>(names).map(([code, name]) => [
      `${parent}-${code}`,
      { name, short: code.toUpperCase(), parent, kind },
    ]),
  ) as Record<`${RootJurisdictionId}-${C}`, Jurisdiction>;

/** Every jurisdiction, in display order (parents before their children). */
export const JURISDICTION_INFO: Record<JurisdictionId, Jurisdiction> = {
  uk: { name: 'United Kingdom', short: 'UK', parent: null, kind: 'country' },
  ...(children('uk', 'legal-system', UK_LEGAL_SYSTEMS) as Record<UkLegalSystemId, Jurisdiction>),
  us: { name: 'United States', short: 'US', parent: null, kind: 'federation' },
  'us-federal': { name: 'United States (federal)', short: 'US federal', parent: 'us', kind: 'federal' },
  'us-states': { name: 'United States (states)', short: 'US states', parent: 'us', kind: 'states-summary' },
  ...(children('us', 'state', US_STATES) as Record<UsStateId, Jurisdiction>),
  eu: { name: 'European Union', short: 'EU', parent: null, kind: 'union' },
  ...(children('eu', 'member-state', EU_MEMBER_STATES) as Record<EuMemberStateId, Jurisdiction>),
};

/** Every jurisdiction id, in display order. */
export const JURISDICTION_IDS = Object.keys(JURISDICTION_INFO) as JurisdictionId[];

/** The three jurisdictions at the top: the UK, the US and the EU. */
export const ROOT_JURISDICTIONS = JURISDICTION_IDS.filter(
  (id): id is RootJurisdictionId => JURISDICTION_INFO[id].parent === null,
);

export const JURISDICTION_LABELS = Object.fromEntries(
  JURISDICTION_IDS.map((id) => [id, JURISDICTION_INFO[id].name]),
) as Record<JurisdictionId, string>;

export const JURISDICTION_SHORT = Object.fromEntries(
  JURISDICTION_IDS.map((id) => [id, JURISDICTION_INFO[id].short]),
) as Record<JurisdictionId, string>;

/** The root a jurisdiction belongs to: "us" for "us-va", "uk" for "uk". */
export function rootJurisdiction(id: JurisdictionId): RootJurisdictionId {
  return JURISDICTION_INFO[id].parent ?? (id as RootJurisdictionId);
}

/**
 * Rows of the comparison: every jurisdiction except the US as a whole, which is split into federal
 * law and the states because state law on AI CSAM differs so much from federal law.
 */
export type ComparisonRowId = Exclude<JurisdictionId, 'us'>;
export const ROW_IDS = JURISDICTION_IDS.filter(
  (id): id is ComparisonRowId => JURISDICTION_INFO[id].kind !== 'federation',
);

/** The rows shown by default: each root, with the US as federal law and a summary of the states. */
export const COMPARISON_ROWS = ROW_IDS.filter((id) => {
  const { parent, kind } = JURISDICTION_INFO[id];
  return parent === null || kind === 'federal' || kind === 'states-summary';
});

export const COMPARISON_ROW_LABELS = JURISDICTION_LABELS as Record<ComparisonRowId, string>;

/**
 * Jurisdictions an instrument can belong to (its folder under content/instruments/): any but the
 * summary row, which is derived from the states.
 */
export const INSTRUMENT_JURISDICTIONS = JURISDICTION_IDS.filter(
  (id) => JURISDICTION_INFO[id].kind !== 'states-summary',
);

/**
 * Hosts whose pages count as official sources, per root jurisdiction. A source marked
 * `official: true` must be https and on one of these hosts (or a subdomain), so "official" can be
 * trusted. Sources of a state or member state are checked against its root's list.
 */
export const OFFICIAL_HOSTS: Record<RootJurisdictionId, readonly string[]> = {
  uk: [
    'legislation.gov.uk',
    'gov.uk',
    'parliament.uk',
    'bills.parliament.uk',
    'hansard.parliament.uk',
    'questions-statements.parliament.uk',
    'ofcom.org.uk',
    'sentencingcouncil.org.uk',
    'cps.gov.uk',
    'legislation.gov.scot',
    'gov.scot',
    'parliament.scot',
    'niassembly.gov.uk',
  ],
  us: [
    'congress.gov',
    'govinfo.gov',
    'uscode.house.gov',
    'supremecourt.gov',
    'justice.gov',
    'ftc.gov',
    'ussc.gov',
    'uscourts.gov',
    'ca.gov',
    'leginfo.legislature.ca.gov',
    'cbo.gov',
    'senate.gov',
    'house.gov',
    'crsreports.congress.gov',
    // Any .gov host is a US government host: state legislatures (capitol.texas.gov, legis.la.gov...).
    'gov',
    // State government hosts under the .us domain (leg.state.fl.us, webserver.rilin.state.ri.us...).
    ...Object.keys(US_STATES).map((code) => `state.${code}.us`),
  ],
  eu: [
    'eur-lex.europa.eu',
    'europa.eu',
    'europarl.europa.eu',
    'oeil.secure.europarl.europa.eu',
    'consilium.europa.eu',
    'commission.europa.eu',
    'ec.europa.eu',
    'data.europa.eu',
    'digital-strategy.ec.europa.eu',
    // Member states' official legislation, parliament, court and government sites.
    'gv.at', // Austria: ris.bka.gv.at, parlament.gv.at
    'fgov.be', // Belgium: ejustice.just.fgov.be
    'lex.bg',
    'nn.hr', // Croatia: narodne-novine.nn.hr
    'gov.cz',
    'retsinformation.dk',
    'ft.dk',
    'riigiteataja.ee',
    'finlex.fi',
    'legifrance.gouv.fr',
    'gouv.fr',
    'gesetze-im-internet.de',
    'bundestag.de',
    'bundesregierung.de',
    'et.gr',
    'njt.hu',
    'kuria-birosag.hu',
    'nmhh.hu',
    'irishstatutebook.ie',
    'oireachtas.ie',
    'gov.ie',
    'lawreform.ie',
    'normattiva.it',
    'senato.it',
    'camera.it',
    'gazzettaufficiale.it',
    'cortedicassazione.it',
    'likumi.lv',
    'e-tar.lt',
    'lrs.lt',
    'legilux.public.lu',
    'legislation.mt',
    'gov.mt',
    'overheid.nl', // wetten.overheid.nl
    'rechtspraak.nl',
    'om.nl',
    'sejm.gov.pl',
    'gov.pl',
    'dre.pt',
    'parlamento.pt',
    'just.ro',
    'slov-lex.sk',
    'pisrs.si',
    'varuh-rs.si',
    'gov.si',
    'boe.es',
    'congreso.es',
    'riksdagen.se',
    'regeringen.se',
    'domstol.se',
  ],
};

/** The EU member states' ids ("eu-at" ... "eu-se"), in display order. */
export const MEMBER_STATE_IDS = JURISDICTION_IDS.filter(
  (id): id is EuMemberStateId => JURISDICTION_INFO[id].kind === 'member-state',
);

/** The kinds of jurisdiction that are parts of a root with rows of their own (legal systems, states, member states). */
export const PART_KINDS: readonly JurisdictionKindId[] = ['legal-system', 'state', 'member-state'];

/** True for a part's id ("uk-sct", "us-va", "eu-de"); false for a root, US federal law and the states summary. */
export const isPart = (id: string): boolean =>
  PART_KINDS.includes(JURISDICTION_INFO[id as JurisdictionId]?.kind as JurisdictionKindId);
