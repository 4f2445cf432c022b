/** Known history, pinned against the real content: the law as of a date is derived, not stored. */
import { describe, expect, it } from 'vitest';
import { loadKbFromDisk } from '../../src/node/knowledge-base';
import { buildMatrix } from '../../src/lib/matrix';
import { stageOn } from '../../src/lib/as-of';
import { provisionStatus } from '../../src/lib/status';
import { changeYears, changesBetween, keyDateFor, keyDates } from '../../src/lib/history';

const kb = loadKbFromDisk(process.cwd());
const inst = (id: string) => kb.instruments.find((i) => i.id === id)!;
const prov = (id: string, p: string) => inst(id).provisions.find((x) => x.id === p)!;

describe('the law on a date', () => {
  it('UK: no image-generator offence known on 2024-12-31; one enacted by 2026-11-21', () => {
    // The uk grade comes from its three legal systems; none of them reaches it before the 2026 Act.
    const uk = (date: string) => buildMatrix(kb, date).cells['csa-image-generators'].uk.grade;
    expect(['none', 'unknown']).toContain(uk('2024-12-31'));
    expect(['explicit', 'partial', 'not-yet-applicable']).toContain(uk('2026-11-21'));
    const cpa = inst('uk/crime-and-policing-act-2026');
    expect(stageOn(cpa, '2024-12-31')).toBeUndefined();
    expect(stageOn(cpa, '2026-04-28')).not.toBe('enacted');
    expect(stageOn(cpa, '2026-04-29')).toBe('enacted');
  });

  it('EU: the AI Act CSAM-generation ban is not applicable before 2026-12-02 and applicable from that day', () => {
    const ai = inst('eu/ai-act');
    expect(provisionStatus(ai, prov('eu/ai-act', 'art-5-1-bb'), '2026-12-01').id).toBe('in-force-not-applying');
    expect(provisionStatus(ai, prov('eu/ai-act', 'art-5-1-bb'), '2026-12-02').id).toBe('in-force');
  });

  it('US: the TAKE IT DOWN removal duty applies from 2026-05-19', () => {
    const tida = inst('us/take-it-down-act');
    expect(provisionStatus(tida, prov('us/take-it-down-act', 's-3-removal'), '2026-05-18').id).toBe('not-yet-in-force');
    expect(provisionStatus(tida, prov('us/take-it-down-act', 's-3-removal'), '2026-05-19').id).toBe('in-force');
    expect(stageOn(tida, '2025-05-19')).toBe('enacted');
  });

  it('EU: the interim Regulation expired on 2026-04-03', () => {
    const reg = inst('eu/interim-regulation-2021-1232');
    expect(stageOn(reg, '2026-04-02')).not.toBe('expired');
    expect(stageOn(reg, '2026-04-03')).toBe('expired');
  });

  it('key dates include each year end and each grade change; any date maps to the view that holds on it', () => {
    const dates = keyDates(kb, '2026-11-21');
    expect(dates).toContain('2024-12-31');
    expect(dates).toContain('2026-04-29');
    expect(keyDateFor(dates, '2025-03-01')! <= '2025-03-01').toBe(true);
    const k = keyDateFor(dates, '2025-03-01')!;
    // Nothing changes between the key date and the chosen date.
    expect(changesBetween(kb, k, '2025-03-01').cells).toEqual([]);
    const grades = (d: string) => {
      const m = buildMatrix(kb, d);
      return m.topics.flatMap((t) => m.rows.map((r) => `${t}/${r}:${m.cells[t][r].grade}`));
    };
    expect(grades('2025-03-01')).toEqual(grades(k));
    // ...and the grades do differ across a key date where a cell changes.
    expect(grades('2026-04-28')).not.toEqual(grades('2026-04-29'));
  });

  it('what changed between two dates lists cell changes and events with sources', () => {
    const { cells, events } = changesBetween(kb, '2026-01-01', '2026-06-30');
    expect(cells.some((c) => c.topic === 'csa-image-generators' && c.row === 'uk' && c.date === '2026-04-29')).toBe(
      true,
    );
    expect(events.some((e) => e.instrument === 'uk/crime-and-policing-act-2026' && e.date === '2026-04-29')).toBe(true);
    for (const c of cells) expect(c.sources.length).toBeGreaterThan(0);
  });
});

describe('changes by year', () => {
  it('lists each year with a change once, newest first, and each year holds changes', () => {
    const years = changeYears(kb);
    expect(years).toEqual([...new Set(years)].sort().reverse());
    for (const y of years) {
      const c = changesBetween(kb, `${Number(y) - 1}-12-31`, `${y}-12-31`);
      expect(c.cells.length + c.events.length, y).toBeGreaterThan(0);
    }
  });
});
