/**
 * A topic's tile map of a group of parts (the US states and DC, the EU member states) on a date: each
 * tile's place, grade and link, and the same facts as a text list grouped by grade.
 */
import type { Topic } from '../schemas';
import {
  COVERAGE_GRADES,
  JURISDICTION_LABELS,
  JURISDICTION_SHORT,
  TILE_GRIDS,
  type ComparisonRowId,
  type CoverageGradeId,
  type TileGrid,
  type TileMapId,
} from '../vocab';
import { gradeOn } from './assessments';
import { PART_GROUPS, partAssessments } from './states';

/** A tile's place: 1-based column and grid row. */
export interface TilePlace {
  row: ComparisonRowId;
  col: number;
  line: number;
}

/** Reads a grid's picture into places, top row first, left to right (the order tiles are read in). */
export function tilePlaces(grid: TileGrid): TilePlace[] {
  return grid.rows.flatMap((text, i) =>
    text
      .split(' ')
      .flatMap((code, j) =>
        code === '..'
          ? []
          : [{ row: `${grid.prefix}-${code.toLowerCase()}` as ComparisonRowId, col: j + 1, line: i + 1 }],
      ),
  );
}

export interface Tile extends TilePlace {
  /** "VA". */
  code: string;
  /** "Virginia". */
  name: string;
  grade: CoverageGradeId;
  href: string;
}

export interface TileMapView {
  id: TileMapId;
  /** Number of columns and grid rows. */
  cols: number;
  lines: number;
  tiles: Tile[];
  /** The text alternative: every part, by grade (grades with no part left out), names in order. */
  byGrade: { grade: CoverageGradeId; names: string[] }[];
}

/**
 * The tile map of a group for a topic on `date`, or undefined when the group has no map or the topic
 * assesses none of its rows. A part without an assessment, or before its first dated grade, is unknown.
 */
export function tileMap(
  topic: Pick<Topic, 'assessments'>,
  id: string,
  date: string,
  href: (row: ComparisonRowId) => string,
): TileMapView | undefined {
  const group = PART_GROUPS.find((g) => g.id === id);
  if (!group || !(id in TILE_GRIDS)) return undefined;
  const byRow = partAssessments(topic, group);
  if (!byRow.size) return undefined;
  const grid = TILE_GRIDS[id as TileMapId];
  const tiles = tilePlaces(grid).map((p) => {
    const a = byRow.get(p.row);
    return {
      ...p,
      code: JURISDICTION_SHORT[p.row],
      name: JURISDICTION_LABELS[p.row],
      grade: (a && gradeOn(a, date)) ?? ('unknown' as CoverageGradeId),
      href: href(p.row),
    };
  });
  const byGrade = COVERAGE_GRADES.map((grade) => ({
    grade,
    names: tiles
      .filter((t) => t.grade === grade)
      .map((t) => t.name)
      .sort((a, b) => a.localeCompare(b, 'en')),
  })).filter((g) => g.names.length > 0);
  return {
    id: id as TileMapId,
    cols: Math.max(...tiles.map((t) => t.col)),
    lines: grid.rows.length,
    tiles,
    byGrade,
  };
}
