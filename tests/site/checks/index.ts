import type { SiteCheck } from '../check';
import { links } from './links';
import { csp, externalLinks, firstPartyAssets, noInlineCode } from './security';
import { jsonLd, oneH1, scriptsWhereAllowed, spacing, uniqueIds } from './structure';
import { matrixGrades } from './data';
import { scrollRegions } from './layout';
import { siteAddress } from './address';
import { tileMaps } from './maps';

/** Every static check of the built site. */
export const SITE_CHECKS: readonly SiteCheck[] = [
  links,
  csp,
  noInlineCode,
  firstPartyAssets,
  externalLinks,
  oneH1,
  uniqueIds,
  jsonLd,
  scriptsWhereAllowed,
  matrixGrades,
  tileMaps,
  spacing,
  scrollRegions,
  siteAddress,
];
