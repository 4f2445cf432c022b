/** How each kind of jurisdiction reads in a list or a search result ("US state", "EU member state"). */
import type { JurisdictionKindId } from './jurisdictions';

export const JURISDICTION_KIND_LABELS: Record<JurisdictionKindId, string> = {
  country: 'Country',
  federation: 'Federation',
  union: 'Union',
  'legal-system': 'UK legal system',
  federal: 'US federal law',
  'states-summary': 'US states, summary',
  state: 'US state',
  'member-state': 'EU member state',
};
