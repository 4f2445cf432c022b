/**
 * The open-data contract at the cheapest level: the records the export functions build from a fixture
 * knowledge base parse with the same export schemas that generate /api/schema.json, and a record
 * that breaks the contract does not.
 */
import { describe, expect, it } from 'vitest';
import {
  gapsFileSchema,
  instrumentSchema,
  instrumentsFileSchema,
  jurisdictionsFileSchema,
  matrixFileSchema,
  sourceSchema,
  topicSchema,
  topicsFileSchema,
} from '../../src/schemas';
import { gapsJson, instrumentsJson, jurisdictionsJson, matrixJson, topicsJson } from '../../src/lib/exports';
import type { KnowledgeBase } from '../../src/lib/kb';
import { JURISDICTION_IDS, TOPICS } from '../../src/vocab';
import { instrumentA, instrumentB, sources, topic } from '../fixtures/kb';

const kb: KnowledgeBase = {
  instruments: [
    { ...instrumentSchema.parse(instrumentA()), id: 'uk/example-act-2020' },
    { ...instrumentSchema.parse(instrumentB()), id: 'eu/example-regulation' },
  ],
  topics: TOPICS.map((id) => ({ ...topicSchema.parse(topic(id)), id })),
  sources: sources().map((s) => sourceSchema.parse(s)),
};
const DAY = '2026-11-21';

describe('export records parse with the published schemas', () => {
  it('instruments.json', () => {
    const file = instrumentsJson(kb, DAY, 'https://kb.example');
    expect(instrumentsFileSchema.safeParse(file).error).toBeUndefined();
    expect(file.instruments.map((i) => i.id)).toEqual(['eu/example-regulation', 'uk/example-act-2020']);
  });
  it('topics.json', () => {
    expect(topicsFileSchema.safeParse(topicsJson(kb, DAY, DAY)).error).toBeUndefined();
  });
  it('matrix.json', () => {
    const file = matrixJson(kb, DAY, DAY);
    expect(matrixFileSchema.safeParse(file).error).toBeUndefined();
    expect(file.cells).toHaveLength(TOPICS.length * 4);
  });
  it('gaps.json', () => {
    expect(gapsFileSchema.safeParse(gapsJson(kb, DAY, DAY)).error).toBeUndefined();
  });
  it('gaps.json says what the states reach where the topic records it', () => {
    const reach = {
      realChild: 'yes',
      whollySynthetic: 'no',
      possession: 'yes',
      production: 'yes',
      distribution: 'yes',
    };
    const ai = topicSchema.parse({
      ...topic('ai-csam-offences'),
      assessments: [
        ...topic('ai-csam-offences').assessments,
        {
          row: 'us-oh',
          history: [{ from: '2024-01-01', reach, note: 'Found.' }],
          summary: 'Ohio.',
          provisions: [],
          gaps: 'Synthetic material.',
          asOf: DAY,
          sources: ['leg-a'],
        },
      ],
    });
    const file = gapsJson({ ...kb, topics: [{ ...ai, id: 'ai-csam-offences' }] }, DAY, DAY);
    expect(gapsFileSchema.safeParse(file).error).toBeUndefined();
    const states = file.parts.find((p) => p.group === 'states')!;
    expect(states.reach?.map((r) => r.fact)).toEqual(['whollySynthetic', 'realChild']);
    expect(states.reach?.[0].answers.find((a) => a.answer === 'no')?.rows).toEqual(['us-oh']);
    expect(file.parts.find((p) => p.group === 'uk-systems')?.reach).toBeUndefined();
  });
  it('jurisdictions.json lists every jurisdiction once, parents first', () => {
    const file = jurisdictionsJson(DAY);
    expect(jurisdictionsFileSchema.safeParse(file).error).toBeUndefined();
    expect(file.jurisdictions.map((j) => j.id)).toEqual(JURISDICTION_IDS);
    const seen = new Set<string>();
    for (const j of file.jurisdictions) {
      if (j.parent) expect(seen, `${j.id}'s parent comes first`).toContain(j.parent);
      seen.add(j.id);
    }
  });
  it('a record that breaks the contract is refused', () => {
    const file = instrumentsJson(kb, DAY);
    const broken = { ...file, instruments: [{ ...file.instruments[0], jurisdiction: 'atlantis' }] };
    expect(instrumentsFileSchema.safeParse(broken).success).toBe(false);
    const extra = matrixJson(kb, DAY, DAY);
    expect(matrixFileSchema.safeParse({ ...extra, cells: [{ ...extra.cells[0], colour: 'red' }] }).success).toBe(false);
  });
});
