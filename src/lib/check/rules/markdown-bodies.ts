import type { Rule } from '../rule';

/**
 * Entry bodies are plain Markdown: no raw HTML, no JSX components, no {expressions}. MDX would
 * render those as markup or code, and content must only ever be text.
 */
export const markdownBodies: Rule = {
  name: 'markdown-bodies',
  description: 'MDX bodies contain Markdown only: no HTML tags, components or expressions.',
  check(ctx, report) {
    for (const e of [...ctx.instruments, ...ctx.topics]) {
      if (!e.body) continue;
      const lines = e.body.split('\n');
      // The open code fence, if any: CommonMark closes it only with a run of the same character at
      // least as long and nothing else on the line ("```js" does not close "````").
      let fence: { char: string; length: number } | undefined;
      lines.forEach((line, i) => {
        const f = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence) {
          if (f && f[1][0] === fence.char && f[1].length >= fence.length && !f[2].trim()) fence = undefined;
          return;
        }
        if (f && !(f[1][0] === '`' && f[2].includes('`'))) {
          fence = { char: f[1][0], length: f[1].length };
          return;
        }
        const prose = line.replace(/`[^`]*`/g, '');
        const m = /<\/?[A-Za-z!][^>]*>?|[{}]/.exec(prose);
        if (m) {
          report({
            file: e.file,
            path: `(line ${i + 1 + (e.bodyOffset ?? 0)})`,
            message:
              `got ${JSON.stringify(m[0].slice(0, 40))}; the body must be plain Markdown (no HTML, ` +
              `components or {expressions})`,
            fix: 'write it as Markdown text; put a literal < or { inside `code`, or reword',
          });
        }
      });
    }
  },
};
