import { describe, expect, it } from 'vitest';
import { markdownBodies as rule } from '../../../src/lib/check/rules/markdown-bodies';
import { reported, run, validContext } from './context';

/** A context whose first instrument has this body, starting on file line 41. */
function withBody(...lines: string[]) {
  const ctx = validContext();
  ctx.instruments[0].body = lines.join('\n');
  return ctx;
}

describe('rule markdown-bodies', () => {
  it('reports nothing for a valid context', () => {
    expect(run(rule, validContext())).toEqual([]);
  });

  it('allows Markdown, comparisons, inline code and fenced code', () => {
    const ctx = withBody(
      '# Heading',
      'Text with *emphasis*, a [link](https://example.com), and 3 < 4.',
      'Inline `<b>{code}</b>` is text.',
      '```html',
      '<script>alert(1)</script>',
      '```',
      '~~~',
      '{ "json": true }',
      '~~~',
    );
    expect(run(rule, ctx)).toEqual([]);
  });

  it('reports an HTML tag, with its line in the file', () => {
    expect(reported(rule, withBody('Plain text.', '', '<script>alert(1)</script>'))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (line 43)
      message: got "<script>"; the body must be plain Markdown (no HTML, components or {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });

  it('reports a component in a topic body, counting lines from the top of the body', () => {
    const ctx = validContext();
    ctx.topics[2].body = 'Intro.\n<Warning client:load />';
    ctx.topics[2].bodyOffset = undefined;
    expect(reported(rule, ctx)).toMatchInlineSnapshot(`
      "file: content/topics/private-possession.mdx
      path: (line 2)
      message: got "<Warning client:load />"; the body must be plain Markdown (no HTML, components or
        {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });

  it('reports an expression', () => {
    expect(reported(rule, withBody('Worth {1 + 1} points.'))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (line 41)
      message: got "{"; the body must be plain Markdown (no HTML, components or {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });

  it('reports a closing brace on its own', () => {
    expect(reported(rule, withBody('text }'))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (line 41)
      message: got "}"; the body must be plain Markdown (no HTML, components or {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });

  it('reports an HTML comment and an unclosed tag', () => {
    expect(reported(rule, withBody('<!-- note -->', 'a <img src=x onerror=alert(1)'))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (line 41)
      message: got "<!-- note -->"; the body must be plain Markdown (no HTML, components or {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword

      file: content/instruments/uk/example-act-2020.mdx
      path: (line 42)
      message: got "<img src=x onerror=alert(1)"; the body must be plain Markdown (no HTML, components or
        {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });

  it('cuts a long tag to 40 characters', () => {
    const tag = `<a href="https://example.com/${'x'.repeat(60)}">`;
    expect(reported(rule, withBody(tag))).toMatchInlineSnapshot(`
      "file: content/instruments/uk/example-act-2020.mdx
      path: (line 41)
      message: got "<a href=\\"https://example.com/xxxxxxxxxxx"; the body must be plain Markdown (no HTML,
        components or {expressions})
      fix: write it as Markdown text; put a literal < or { inside \`code\`, or reword"
    `);
  });
});

describe('markdown-bodies: code fences close as CommonMark closes them', () => {
  const bodyOf = (body: string) => {
    const ctx = validContext();
    ctx.instruments[0] = { ...ctx.instruments[0], body, bodyOffset: 0 };
    const found: string[] = [];
    rule.check(ctx, (p) => found.push(p.message));
    return found;
  };
  it('a shorter fence inside a longer one does not close it, so HTML after it is still seen', () => {
    expect(bodyOf('````\n```\n````\n<script>alert(1)</script>')).toHaveLength(1);
  });
  it('a fence line with text after it does not close the fence', () => {
    expect(bodyOf('```js\n```x\n```\n<script>alert(1)</script>')).toHaveLength(1);
  });
  it('code inside a properly closed fence is not reported', () => {
    expect(bodyOf('~~~~\n<b>code</b>\n~~~~\nPlain text.')).toEqual([]);
  });
});
