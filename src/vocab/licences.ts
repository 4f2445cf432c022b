/**
 * The terms on which the official text of legislation is quoted, by where the law was made. Shown beside
 * every quotation, so a reader who copies the words knows they may.
 */
import type { JurisdictionId } from './jurisdictions';

export interface TextLicence {
  /** What the reader is told, in a few words. */
  text: string;
  /** Where the terms are set out, when one page does. */
  url?: string;
}

const UK: TextLicence = {
  text: 'Crown copyright; contains public sector information licensed under the Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
};
const US_FEDERAL: TextLicence = {
  text: 'A work of the US Government, not subject to copyright in the United States (17 U.S.C. § 105)',
  url: 'https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title17-section105&num=0&edition=prelim',
};
const US_STATE: TextLicence = {
  text:
    'Statutory text is not subject to copyright under the government edicts doctrine ' +
    '(Georgia v. Public.Resource.Org, 2020)',
  url: 'https://www.supremecourt.gov/opinions/19pdf/18-1150_7m58.pdf',
};
const EU: TextLicence = {
  text: '© European Union; reuse authorised, with acknowledgement of the source, under Commission Decision 2011/833/EU',
  url: 'https://eur-lex.europa.eu/content/legal-notice/legal-notice.html',
};
const NATIONAL: TextLicence = {
  text: 'Official text of national legislation, quoted for reference from the official source',
};

/** The licence for quoting the official text of an instrument of this jurisdiction. */
export function textLicence(jurisdiction: JurisdictionId): TextLicence {
  if (jurisdiction === 'uk' || jurisdiction.startsWith('uk-')) return UK;
  if (jurisdiction === 'us' || jurisdiction === 'us-federal') return US_FEDERAL;
  if (jurisdiction.startsWith('us-')) return US_STATE;
  if (jurisdiction === 'eu') return EU;
  return NATIONAL;
}
