/** Site settings: a build for publication refuses placeholder addresses. */
import { describe, expect, it } from 'vitest';
import {
  CSP,
  PLACEHOLDER_DOMAIN,
  headersFile,
  privateCorrectionsAddress,
  publishProblems,
  siteUrl,
} from '../../src/site';
import { pageAddress } from '../../src/lib/urls';
import { citationCff, robotsTxt } from '../../src/lib/site-files';

describe('publishing', () => {
  it('refuses a missing or placeholder address, and the placeholder contact address', () => {
    expect(publishProblems({})).toEqual([
      'SITE_URL is not set: set it to the public https:// address of the site',
      expect.stringContaining('CORRECTIONS_EMAIL in src/site.ts'),
    ]);
    expect(publishProblems({ SITE_URL: `https://${PLACEHOLDER_DOMAIN}` })[0]).toContain('not a placeholder');
    expect(publishProblems({ SITE_URL: 'http://kb.example.net' })[0]).toContain('not a placeholder');
  });
  it('accepts a real https address (the contact address aside)', () => {
    expect(publishProblems({ SITE_URL: 'https://ai-csam-law.org' })).toEqual([
      expect.stringContaining('CORRECTIONS_EMAIL'),
    ]);
  });
  it('uses SITE_URL when set; without it (or with a placeholder) the build is local and has no address', () => {
    expect(siteUrl({ SITE_URL: 'https://ai-csam-law.org/' })).toBe('https://ai-csam-law.org');
    expect(siteUrl({})).toBeUndefined();
    expect(siteUrl({ SITE_URL: `https://${PLACEHOLDER_DOMAIN}` })).toBeUndefined();
    expect(() => siteUrl({ SITE_URL: 'ai-csam-law.org' })).toThrow('set it to an absolute address');
  });
  it('gives addresses under the public address, or root-relative paths in a local build', () => {
    expect(pageAddress('/gaps/#x', 'https://kb.test')).toBe('https://kb.test/gaps/#x');
    expect(pageAddress('/gaps/#x', undefined)).toBe('/gaps/#x');
    expect(robotsTxt('https://kb.test')).toContain('Sitemap: https://kb.test/sitemap-index.xml');
    expect(robotsTxt()).not.toContain('Sitemap');
    const cff = "cff-version: 1.2.0\nlicense: CC-BY-4.0\nurl: 'https://old.test'\nrepository-code: 'https://r.test'\n";
    expect(citationCff(cff, 'https://kb.test')).toBe(
      "cff-version: 1.2.0\nlicense: CC-BY-4.0\nurl: 'https://kb.test/'\nrepository-code: 'https://r.test'\n",
    );
    expect(citationCff(cff)).not.toContain('url:');
  });
  it('never shows a placeholder contact address', () => {
    expect(privateCorrectionsAddress(`corrections@${PLACEHOLDER_DOMAIN}`)).toBeUndefined();
    expect(privateCorrectionsAddress('corrections@ai-csam-law.org')).toBe('corrections@ai-csam-law.org');
  });
  it('writes the same policy into the headers file as the pages declare', () => {
    expect(headersFile()).toContain(`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`);
  });
});
