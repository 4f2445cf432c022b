import type { Rule } from '../rule';
import { splitRef } from '../../kb';

/** References to instruments and provisions resolve: assessments, related instruments, timeline events. */
export const provisionReferences: Rule = {
  name: 'provision-references',
  description: 'Every instrument or provision reference resolves.',
  check(ctx, report) {
    const byId = new Map(ctx.instruments.map((i) => [i.id, i]));
    const resolve = (ref: string): string | undefined => {
      const { instrument, provision } = splitRef(ref);
      const inst = byId.get(instrument);
      if (!inst) return `unknown instrument "${instrument}"`;
      if (provision && !inst.provisions.some((p) => p.id === provision)) {
        return (
          `instrument "${instrument}" has no provision "${provision}" (it has ` +
          `${inst.provisions.map((p) => `"${p.id}"`).join(', ')})`
        );
      }
      return undefined;
    };
    for (const topic of ctx.topics) {
      topic.assessments.forEach((a, i) =>
        a.provisions.forEach((ref, j) => {
          const why = resolve(ref);
          if (why)
            report({
              file: topic.file,
              path: `assessments[${i}].provisions[${j}]`,
              message: `got "${ref}": ${why}`,
              fix: 'use "<jurisdiction>/<file name>#<provision id>" of an existing entry',
            });
        }),
      );
    }
    ctx.glossary.forEach((t, i) =>
      t.definedIn.forEach((ref, j) => {
        const why = resolve(ref);
        if (why)
          report({
            file: t.file,
            path: `[${i}] "${t.id}".definedIn[${j}]`,
            message: `got "${ref}": ${why}`,
            fix: 'use "<jurisdiction>/<file name>#<provision id>" of an existing entry',
          });
      }),
    );
    for (const c of ctx.corrections) {
      c.corrections.forEach((x, i) =>
        x.see.forEach((ref, j) => {
          const why = resolve(ref);
          if (why)
            report({
              file: c.file,
              path: `corrections[${i}].see[${j}]`,
              message: `got "${ref}": ${why}`,
              fix: 'use "<jurisdiction>/<file name>#<provision id>" of an existing entry',
            });
        }),
      );
    }
    for (const inst of ctx.instruments) {
      inst.related.forEach((ref, i) => {
        const why = resolve(ref);
        if (why)
          report({
            file: inst.file,
            path: `related[${i}]`,
            message: `got "${ref}": ${why}`,
            fix: 'use the id of an existing instrument, e.g. "uk/online-safety-act-2023"',
          });
      });
      const own = new Set(inst.provisions.map((p) => p.id));
      inst.timeline.forEach((e, i) =>
        (e.provisions ?? []).forEach((pid, j) => {
          if (!own.has(pid))
            report({
              file: inst.file,
              path: `timeline[${i}].provisions[${j}]`,
              message: `unknown provision "${pid}"`,
              fix: `use one of this instrument's provision ids: ${[...own].join(', ')}`,
            });
        }),
      );
    }
  },
};
