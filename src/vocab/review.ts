/** How often an entry must be re-checked against its sources, in days. Older entries are flagged. */
export const REVIEW_INTERVAL_DAYS = 180;
