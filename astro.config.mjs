// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import versionedApi from './src/integrations/versioned-api.ts';
import headersFile from './src/integrations/headers-file.ts';
import { externalLinks } from './src/integrations/external-links.ts';
import { SECURITY_HEADERS, publishProblems, siteUrl } from './src/site.ts';

// A build for publication (PUBLISH=true) refuses placeholder addresses, so no citation, feed or
// sitemap points at a domain nobody owns.
if (process.env.PUBLISH === 'true') {
  const problems = publishProblems(process.env);
  if (problems.length) {
    console.error(`x not publishable:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
}

// The public address, set only by SITE_URL. Without it the build is local: citations and permalinks give
// root-relative paths marked "local build", and there is no sitemap (a sitemap needs absolute addresses).
const site = siteUrl();

export default defineConfig({
  // Where the site is published (SITE_URL); citations, feeds, JSON-LD, canonical links and the sitemap use it.
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content loader (src/content.config.ts) checks the content first: bad content stops the build.
  integrations: [mdx(), ...(site ? [sitemap()] : []), versionedApi(), headersFile()],
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }) },
  // KB_OUT_DIR lets the tests build (and preview) a second site from fixture content.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows only scripts loaded from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  // The dev and preview servers send the same security headers as the published site.
  server: { host: '127.0.0.1', port: 4321, headers: SECURITY_HEADERS },
});
