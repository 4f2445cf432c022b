// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';

// SITE_URL is where the site is published; citations, feeds and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://ai-csam-law.example.org';

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The content check runs first, so bad content stops the build before any page is written.
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
