/** The three jurisdictions the knowledge base compares. The ONLY place their ids and labels live. */
export const JURISDICTIONS = ['uk', 'us', 'eu'] as const;
export type JurisdictionId = (typeof JURISDICTIONS)[number];

export const JURISDICTION_LABELS: Record<JurisdictionId, string> = {
  uk: 'United Kingdom',
  us: 'United States',
  eu: 'European Union',
};

export const JURISDICTION_SHORT: Record<JurisdictionId, string> = {
  uk: 'UK',
  us: 'US',
  eu: 'EU',
};

/**
 * Rows of the comparison matrix. The US is split: federal law, and a summary row for the states,
 * because state law on AI CSAM differs so much from federal law that one row would hide the gaps.
 */
export const COMPARISON_ROWS = ['uk', 'us-federal', 'us-states', 'eu'] as const;
export type ComparisonRowId = (typeof COMPARISON_ROWS)[number];

export const COMPARISON_ROW_LABELS: Record<ComparisonRowId, string> = {
  uk: 'United Kingdom',
  'us-federal': 'United States (federal)',
  'us-states': 'United States (states)',
  eu: 'European Union',
};

export const COMPARISON_ROW_JURISDICTION: Record<ComparisonRowId, JurisdictionId> = {
  uk: 'uk',
  'us-federal': 'us',
  'us-states': 'us',
  eu: 'eu',
};

/**
 * Hosts whose pages count as official sources, per jurisdiction. A source marked `official: true`
 * must be https and on one of these hosts (or a subdomain), so "official" can be trusted.
 */
export const OFFICIAL_HOSTS: Record<JurisdictionId, readonly string[]> = {
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
  ],
};
