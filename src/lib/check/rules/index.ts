import type { Rule } from '../rule';
import { uniqueIds } from './unique-ids';
import { folderJurisdiction } from './folder-jurisdiction';
import { sourceReferences } from './source-references';
import { provisionReferences } from './provision-references';
import { officialSources } from './official-sources';
import { timelineConsistency } from './timeline-consistency';
import { dates } from './dates';
import { topicCoverage } from './topic-coverage';
import { derivedRows } from './derived-rows';
import { reviewInterval } from './review-interval';
import { markdownBodies } from './markdown-bodies';
import { provisionLinks } from './provision-links';

/** Every cross-entry content rule, run after the schemas pass. */
export const RULES: readonly Rule[] = [
  uniqueIds,
  folderJurisdiction,
  sourceReferences,
  provisionReferences,
  officialSources,
  timelineConsistency,
  dates,
  topicCoverage,
  derivedRows,
  reviewInterval,
  markdownBodies,
  provisionLinks,
];
