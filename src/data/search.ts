/** The search index and its text, built once per build: two endpoints serve the two halves. */
import { buildIndex, type BuiltIndex } from '../lib/search/index-build';
import { buildRecords } from '../lib/search/records';
import { loadKb, siteDate } from './kb';

let built: Promise<BuiltIndex> | undefined;

export function searchIndex(): Promise<BuiltIndex> {
  built ??= loadKb().then((kb) => buildIndex(buildRecords(kb, siteDate)));
  return built;
}
