/** Site settings: a build for publication refuses placeholder addresses. */
import { describe, expect, it } from 'vitest';
import { publishProblems, siteUrl, PLACEHOLDER_SITE_URL, headersFile, CSP } from '../../src/site';

describe('publishing', () => {
  it('refuses a missing or placeholder address, and the placeholder contact address', () => {
    expect(publishProblems({})).toEqual([
      'SITE_URL is not set: set it to the public https:// address of the site',
      expect.stringContaining('CORRECTIONS_EMAIL in src/site.ts'),
    ]);
    expect(publishProblems({ SITE_URL: PLACEHOLDER_SITE_URL })[0]).toContain('not a placeholder');
    expect(publishProblems({ SITE_URL: 'http://kb.example.net' })[0]).toContain('not a placeholder');
  });
  it('accepts a real https address (the contact address aside)', () => {
    expect(publishProblems({ SITE_URL: 'https://ai-csam-law.org' })).toEqual([
      expect.stringContaining('CORRECTIONS_EMAIL'),
    ]);
  });
  it('uses SITE_URL when set, the placeholder otherwise', () => {
    expect(siteUrl({ SITE_URL: 'https://ai-csam-law.org' })).toBe('https://ai-csam-law.org');
    expect(siteUrl({})).toBe(PLACEHOLDER_SITE_URL);
  });
  it('writes the same policy into the headers file as the pages declare', () => {
    expect(headersFile()).toContain(`Content-Security-Policy: ${CSP}; frame-ancestors 'none'`);
  });
});
