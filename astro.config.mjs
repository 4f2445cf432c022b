// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import versionedApi from './src/integrations/versioned-api.ts';
import contentCheck from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinks } from './src/integrations/external-links.ts';

// SITE_URL is where the site is published; citations, feeds and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://ai-csam-law.example.org';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content check runs first, so bad content stops the build before any page is written.
  integrations: [contentCheck(), mdx(), sitemap(), versionedApi()],
  markdown: { processor: satteri({ hastPlugins: [externalLinks] }) },
  // KB_OUT_DIR lets the browser tests build a second site from fixture content.
  outDir: process.env.KB_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // Never inline scripts: the Content-Security-Policy allows only scripts loaded from the site itself.
  vite: { build: { assetsInlineLimit: 0 } },
  server: { host: '127.0.0.1', port: 4321 },
});
