/**
 * How the parts of a jurisdiction (the US states, the EU member states) are shown: tile-grid maps, and
 * the orders their tables can be read in.
 *
 * Tile-grid maps: where each US state (and DC) and each EU member state sits, as a grid of equal
 * tiles that keeps rough neighbours together. Drawn as text, one string per grid row, one two-letter
 * code per column ("us-" or "eu-" plus the code is the jurisdiction id; ".." is an empty cell), so a
 * change of layout is a change of this picture. tests/unit/tile-maps.test.ts checks that every state
 * and member state appears exactly once.
 */

/** A map of the parts of one jurisdiction. */
export interface TileGrid {
  /** The id prefix of its tiles: "us" for "us-va". */
  prefix: 'us' | 'eu';
  /** The grid, top row first; codes in upper case, ".." for an empty cell, separated by single spaces. */
  rows: readonly string[];
}

/** The 50 states and DC, after the common tile-grid layout used by US newsrooms. */
const US: TileGrid = {
  prefix: 'us',
  rows: [
    'AK .. .. .. .. .. .. .. .. .. ME',
    '.. .. .. .. .. WI .. .. .. VT NH',
    'WA ID MT ND MN IL MI .. NY MA ..',
    'OR NV WY SD IA IN OH PA NJ CT RI',
    'CA UT CO NE MO KY WV VA MD DE ..',
    '.. AZ NM KS AR TN NC SC DC .. ..',
    '.. .. .. OK LA MS AL GA .. .. ..',
    'HI .. .. TX .. .. .. .. FL .. ..',
  ],
};

/** The 27 member states (Greece under its ISO code GR, as in its id). */
const EU: TileGrid = {
  prefix: 'eu',
  rows: [
    '.. .. .. .. .. SE FI',
    'IE .. .. DK .. .. EE',
    '.. .. NL DE PL LT LV',
    '.. BE LU CZ SK HU RO',
    '.. FR .. AT SI HR BG',
    'PT ES .. IT .. .. GR',
    '.. .. .. MT .. .. CY',
  ],
};

/** The tile maps, by the id of the group of rows they show (PART_GROUPS in src/lib/states.ts). */
export const TILE_GRIDS = { states: US, 'member-states': EU } as const satisfies Record<string, TileGrid>;
export type TileMapId = keyof typeof TILE_GRIDS;

/** The orders a table of parts can be read in; each is a page of its own, so no script sorts it. */
export const PART_ORDERS = { 'by-name': 'by name', 'by-grade': 'by grade', 'by-year': 'by year' } as const;
export type PartOrder = keyof typeof PART_ORDERS;
