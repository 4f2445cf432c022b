/** The tile maps: every state and DC, and every member state, placed exactly once; the map's facts. */
import { describe, expect, it } from 'vitest';
import { tileMap, tilePlaces } from '../../src/lib/tile-map';
import { PART_GROUPS } from '../../src/lib/states';
import type { Assessment } from '../../src/schemas';
import { TILE_GRIDS, type TileMapId } from '../../src/vocab';

const group = (id: string) => PART_GROUPS.find((g) => g.id === id)!;

describe('tile positions', () => {
  for (const id of Object.keys(TILE_GRIDS) as TileMapId[]) {
    it(`${id}: every row of the group exactly once, no other, no two tiles in one cell`, () => {
      const places = tilePlaces(TILE_GRIDS[id]);
      const rows = places.map((p) => p.row);
      expect([...rows].sort()).toEqual([...group(id).rows].sort());
      expect(new Set(rows).size).toBe(rows.length);
      expect(new Set(places.map((p) => `${p.col},${p.line}`)).size).toBe(places.length);
    });
    it(`${id}: a grid of equal rows of two-letter codes`, () => {
      const widths = TILE_GRIDS[id].rows.map((r) => r.split(' ').length);
      expect(new Set(widths).size).toBe(1);
      for (const r of TILE_GRIDS[id].rows) expect(r).toMatch(/^(\.\.|[A-Z]{2})( (\.\.|[A-Z]{2}))*$/);
    });
  }
  it('covers the 51 state rows and the 27 member states', () => {
    expect(tilePlaces(TILE_GRIDS.states)).toHaveLength(51);
    expect(tilePlaces(TILE_GRIDS['member-states'])).toHaveLength(27);
  });
});

describe('a topic tile map', () => {
  const a = (row: string, history: { from: string; grade: string }[]) =>
    ({ row, history: history.map((h) => ({ ...h, note: 'x', sources: [] })) }) as unknown as Assessment;
  const topic = {
    assessments: [
      a('us-va', [{ from: '2024-07-01', grade: 'explicit' }]),
      a('us-tx', [
        { from: '2020-01-01', grade: 'partial' },
        { from: '2025-09-01', grade: 'explicit' },
      ]),
    ],
  };
  it('gives each tile its grade on the date, its code, name and link; unassessed parts are unknown', () => {
    const m = tileMap(topic, 'states', '2025-01-01', (r) => `#row-${r}`)!;
    const va = m.tiles.find((t) => t.row === 'us-va')!;
    expect(va).toMatchObject({ code: 'VA', name: 'Virginia', grade: 'explicit', href: '#row-us-va' });
    expect(m.tiles.find((t) => t.row === 'us-tx')!.grade).toBe('partial');
    expect(m.tiles.find((t) => t.row === 'us-al')!.grade).toBe('unknown');
    expect(tileMap(topic, 'states', '2025-09-01', String)!.tiles.find((t) => t.row === 'us-tx')!.grade).toBe(
      'explicit',
    );
  });
  it('lists the same facts as text, grouped by grade, every part once', () => {
    const m = tileMap(topic, 'states', '2025-01-01', String)!;
    expect(m.byGrade.map((g) => [g.grade, g.names.length])).toEqual([
      ['explicit', 1],
      ['partial', 1],
      ['unknown', 49],
    ]);
    expect(m.byGrade[2].names.slice(0, 3)).toEqual(['Alabama', 'Alaska', 'Arizona']);
    expect(m.cols).toBe(11);
  });
  it('is absent for a group without a map or a topic without part rows', () => {
    expect(tileMap(topic, 'uk-systems', '2025-01-01', String)).toBeUndefined();
    expect(tileMap(topic, 'member-states', '2025-01-01', String)).toBeUndefined();
  });
});
