/**
 * The one rule that turns what an AI CSAM law reaches into a coverage grade:
 * - explicit: it reaches images of real children and wholly synthetic material (not only when
 *   obscene), and possession, production and distribution are all offences, for both (syntheticActs is
 *   not "no" or "unknown");
 * - partial: it reaches AI material in part: images of real children, or wholly synthetic material
 *   (perhaps only when obscene), but not all of it or not every act. Offences of possession, production
 *   or distribution alone do not count: they matter only for the material the law is shown to reach;
 * - none: a source shows it reaches neither images of real children nor wholly synthetic material;
 * - unknown: otherwise (nothing found), never "none".
 * Drawings are recorded but do not move the grade: the topic is AI-generated material.
 */
import type { Reach } from '../schemas';
import type { CoverageGradeId } from '../vocab';

export function gradeFromReach(r: Reach): CoverageGradeId {
  const core = [r.realChild, r.whollySynthetic, r.possession, r.production, r.distribution];
  if (core.every((v) => v === 'yes') && (r.syntheticActs ?? 'yes') === 'yes') return 'explicit';
  const reachesAi = r.realChild === 'yes' || r.whollySynthetic === 'yes' || r.whollySynthetic === 'obscene-only';
  if (reachesAi) return 'partial';
  if (r.realChild === 'no' && r.whollySynthetic === 'no') return 'none';
  return 'unknown';
}
