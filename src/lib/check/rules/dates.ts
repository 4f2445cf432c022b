import type { Rule } from '../rule';

/** Event types that may lie in the future: scheduled application, commencement, expiry, a transposition deadline. */
const SCHEDULABLE = new Set(['applies-from', 'entry-into-force', 'commencement', 'expiry', 'transposition-deadline']);

/**
 * No impossible dates: nothing is confirmed, reviewed or published after today; only scheduled
 * events may lie ahead; a provision stops applying after it starts.
 */
export const dates: Rule = {
  name: 'dates',
  description: 'Confirmation, review and publication dates are not in the future; periods run forwards.',
  check(ctx, report) {
    const future = (file: string, path: string, d: string | undefined, what: string) => {
      if (d && d > ctx.today)
        report({
          file,
          path,
          message: `got ${d}, after today (${ctx.today}); ${what} cannot be in the future`,
          fix: 'correct the date',
        });
    };
    for (const s of ctx.sources) {
      if (s.published) future(s.file, `source "${s.id}".published`, s.published, 'a publication date');
      if (s.accessed) future(s.file, `source "${s.id}".accessed`, s.accessed, 'an access date');
    }
    for (const inst of ctx.instruments) {
      const f = inst.file;
      future(f, 'lastReviewed', inst.lastReviewed, 'a review date');
      future(f, 'stage.asOf', inst.stage.asOf, 'an as-of date');
      future(f, 'inForce.asOf', inst.inForce.asOf, 'an as-of date');
      inst.changes.forEach((c, i) => future(f, `changes[${i}].date`, c.date, 'a change'));
      inst.timeline.forEach((e, i) => {
        if (!SCHEDULABLE.has(e.type)) future(f, `timeline[${i}].date`, e.date, `an event of type "${e.type}"`);
      });
      inst.provisions.forEach((p, i) => {
        if (!p.inForce) return;
        future(f, `provisions[${i}].inForce.asOf`, p.inForce.asOf, 'an as-of date');
        if (p.inForce.from && p.inForce.until && p.inForce.until < p.inForce.from) {
          report({
            file: f,
            path: `provisions[${i}].inForce.until`,
            message: `got ${p.inForce.until}, before inForce.from (${p.inForce.from})`,
            fix: 'a provision must start applying before it stops',
          });
        }
      });
    }
    for (const t of ctx.topics) {
      future(t.file, 'lastReviewed', t.lastReviewed, 'a review date');
      t.assessments.forEach((a, i) => future(t.file, `assessments[${i}].asOf`, a.asOf, 'an as-of date'));
    }
  },
};
