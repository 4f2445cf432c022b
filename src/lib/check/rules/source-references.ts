import type { Rule } from '../rule';

/** Every cited source id names a source in content/sources/*.yaml. */
export const sourceReferences: Rule = {
  name: 'source-references',
  description: 'Every source id cited anywhere resolves to a source in content/sources.',
  check(ctx, report) {
    const known = new Set(ctx.sources.map((s) => s.id));
    const checkList = (file: string, path: string, ids: readonly string[]) =>
      ids.forEach((id, i) => {
        if (!known.has(id))
          report({
            file,
            path: `${path}[${i}]`,
            message: `unknown source "${id}"`,
            fix: 'add the source to content/sources/<jurisdiction>.yaml or cite an existing id',
          });
      });
    for (const inst of ctx.instruments) {
      const f = inst.file;
      checkList(f, 'stage.sources', inst.stage.sources);
      checkList(f, 'inForce.sources', inst.inForce.sources);
      inst.timeline.forEach((e, i) => checkList(f, `timeline[${i}].sources`, e.sources));
      inst.provisions.forEach((p, i) => {
        checkList(f, `provisions[${i}].sources`, p.sources);
        if (p.inForce) checkList(f, `provisions[${i}].inForce.sources`, p.inForce.sources);
      });
      inst.changes.forEach((c, i) => checkList(f, `changes[${i}].sources`, c.sources));
    }
    ctx.glossary.forEach((t, i) => checkList(t.file, `[${i}] "${t.id}".sources`, t.sources));
    for (const c of ctx.corrections)
      c.corrections.forEach((x, i) => checkList(c.file, `corrections[${i}].sources`, x.sources));
    for (const topic of ctx.topics) {
      topic.assessments.forEach((a, i) => {
        checkList(topic.file, `assessments[${i}].sources`, a.sources);
        a.history.forEach((h, j) => checkList(topic.file, `assessments[${i}].history[${j}].sources`, h.sources));
        a.positions.forEach((p, j) => checkList(topic.file, `assessments[${i}].positions[${j}].sources`, p.sources));
      });
    }
  },
};
