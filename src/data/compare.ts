/** Every row's comparison data, computed once per build: the compare page and one file per row share it. */
import { compareRows, type RowComparison } from '../lib/compare';
import { loadKb, siteDate } from './kb';

let rows: Promise<RowComparison[]> | undefined;

export function allRowComparisons(): Promise<RowComparison[]> {
  rows ??= loadKb().then((kb) => compareRows(kb, siteDate));
  return rows;
}
