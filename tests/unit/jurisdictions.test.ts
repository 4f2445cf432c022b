/** The jurisdiction vocabulary is the one source of ids, and the schemas are built from it. */
import { describe, expect, it } from 'vitest';
import { instrumentSchema, provisionRef, topicSchema } from '../../src/schemas';
import {
  COMPARISON_ROWS,
  JURISDICTION_IDS,
  JURISDICTION_INFO,
  ROOT_JURISDICTIONS,
  ROW_IDS,
  rootJurisdiction,
} from '../../src/vocab';
import { instrumentA, topic } from '../fixtures/kb';

describe('the jurisdiction hierarchy', () => {
  it('has the UK, the US and the EU at the top, and the default rows of the first release', () => {
    expect(ROOT_JURISDICTIONS).toEqual(['uk', 'us', 'eu']);
    expect(COMPARISON_ROWS).toEqual(['uk', 'us-federal', 'us-states', 'eu']);
  });
  it('has the UK legal systems, 50 states and DC, and 27 member states, with stable ids', () => {
    const kids = (parent: string, kind: string) =>
      JURISDICTION_IDS.filter((id) => JURISDICTION_INFO[id].parent === parent && JURISDICTION_INFO[id].kind === kind);
    expect(kids('uk', 'legal-system')).toEqual(['uk-ew', 'uk-sct', 'uk-ni']);
    expect(kids('us', 'state')).toHaveLength(51);
    expect(kids('us', 'state')).toContain('us-dc');
    expect(kids('eu', 'member-state')).toHaveLength(27);
    expect(kids('eu', 'member-state')).toContain('eu-gr');
    for (const id of JURISDICTION_IDS) expect(id).toMatch(/^(uk|us|eu)(-[a-z]{2,7})?$/);
  });
  it('makes every jurisdiction but the US as a whole a comparison row', () => {
    expect(ROW_IDS).toHaveLength(JURISDICTION_IDS.length - 1);
    expect(ROW_IDS).not.toContain('us');
    expect(rootJurisdiction('us-va')).toBe('us');
    expect(rootJurisdiction('eu')).toBe('eu');
  });
});

describe('schemas built from the vocabulary', () => {
  it('accept a state instrument, a member-state row and references to them', () => {
    expect(instrumentSchema.safeParse({ ...instrumentA(), jurisdiction: 'us-va' }).success).toBe(true);
    expect(instrumentSchema.safeParse({ ...instrumentA(), related: ['eu-de/stgb-184b'] }).success).toBe(true);
    expect(provisionRef().safeParse('us-va/va-code-18-2-374-1#a').success).toBe(true);
    const t = topic('ai-csam-offences');
    expect(topicSchema.safeParse({ ...t, assessments: [{ ...t.assessments[0], row: 'eu-de' }] }).success).toBe(true);
  });
  it('refuse an id that is not in the vocabulary, naming where ids live', () => {
    const r = instrumentSchema.safeParse({ ...instrumentA(), jurisdiction: 'us-xx', related: ['xx/act'] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(['jurisdiction', 'related.0']);
    expect(r.error!.issues[1].message).toContain('src/vocab/jurisdictions.ts');
    const t = topic('ai-csam-offences');
    expect(topicSchema.safeParse({ ...t, assessments: [{ ...t.assessments[0], row: 'us' }] }).success).toBe(false);
  });
});
