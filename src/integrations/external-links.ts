/**
 * A Sätteri hast plugin (Astro's Markdown processor) that gives every external link in Markdown and
 * MDX bodies rel="noopener noreferrer", as the components do for the links they render.
 */
import { defineHastPlugin } from 'satteri';

export const externalLinks = defineHastPlugin({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = String(node.properties?.href ?? '');
      if (/^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener noreferrer');
    },
  },
});
