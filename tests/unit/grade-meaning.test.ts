import { describe, expect, it } from 'vitest';
import { explicitMeanings, gradeMeanings } from '../../src/lib/grade-meaning';
import { topicSchema } from '../../src/schemas';
import { topic } from '../fixtures/kb';
import { COVERAGE_DESCRIPTIONS, COVERAGE_GRADES } from '../../src/vocab';

describe('what the grades mean on a topic', () => {
  const t = topicSchema.parse({
    ...topic('private-possession'),
    gradeMeaning: {
      explicit: 'Possession for private use is an offence, with no personal-use exemption.',
      none: 'Possession for private use is not an offence, or an exemption applies.',
    },
  });
  const lines = gradeMeanings(t.gradeMeaning);
  it("uses the topic's own words where it gives them", () => {
    expect(lines.filter((l) => l.own).map((l) => [l.grade, l.meaning])).toEqual([
      ['explicit', 'Possession for private use is an offence, with no personal-use exemption.'],
      ['none', 'Possession for private use is not an offence, or an exemption applies.'],
    ]);
  });
  it('keeps the general meaning for the other grades, one line per grade in vocabulary order', () => {
    expect(lines.map((l) => l.grade)).toEqual([...COVERAGE_GRADES]);
    expect(lines.find((l) => l.grade === 'partial')).toEqual({
      grade: 'partial',
      meaning: COVERAGE_DESCRIPTIONS.partial,
      own: false,
    });
  });
});

describe('what "Covered explicitly" means on each topic', () => {
  it('follows the order asked for and skips topics without a file', () => {
    const a = { id: 'chatbots' as const, gradeMeaning: { explicit: 'A.' } };
    const b = { id: 'penalties' as const, gradeMeaning: { explicit: 'B.' } };
    expect(explicitMeanings([a, b], ['penalties', 'sextortion', 'chatbots'])).toEqual([
      { id: 'penalties', explicit: 'B.' },
      { id: 'chatbots', explicit: 'A.' },
    ]);
  });
});
