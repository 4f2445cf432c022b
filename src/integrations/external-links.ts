/**
 * A Sätteri hast plugin (Astro's Markdown processor) that gives every external link in Markdown and
 * MDX bodies rel="noopener noreferrer", as the components do for the links they render.
 */
interface LinkNode {
  properties?: Record<string, unknown>;
}
interface VisitContext {
  setProperty(node: LinkNode, name: string, value: string): void;
}

export const externalLinks = {
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node: LinkNode, ctx: VisitContext) {
      const href = String(node.properties?.href ?? '');
      if (/^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener noreferrer');
    },
  },
};
