/**
 * Site-wide settings, each set in one place: the name, the addresses, the security policy and the
 * pages allowed to run a script. Pages, the Astro config, the headers file and the tests read them
 * from here.
 */

/** The site's name, in the header, titles, feeds and citations. */
export const SITE_NAME = 'AI CSAM Law';

/**
 * The placeholder domain: the unconfigured contact address below is on it. No build may show an address on
 * it (a site check looks for it in every built file), and a build for publication refuses any example domain.
 */
export const PLACEHOLDER_DOMAIN = 'ai-csam-law.example.org';

/** Whether a host is a placeholder (an RFC 2606 example domain), never to be published. */
export const isPlaceholderHost = (host: string) => /(^|\.)example\.(org|com|net)$/i.test(host);

/**
 * What keeps a build from being published (PUBLISH=true): no SITE_URL or a placeholder one, or a contact
 * address on a placeholder domain. Empty when the build may be published.
 */
export function publishProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const url = env.SITE_URL;
  if (!url) problems.push('SITE_URL is not set: set it to the public https:// address of the site');
  else if (!/^https:\/\//.test(url) || isPlaceholderHost(new URL(url).hostname))
    problems.push(`SITE_URL is "${url}": set it to the public https:// address of the site, not a placeholder`);
  if (isPlaceholderHost(CORRECTIONS_EMAIL.split('@')[1]))
    problems.push(`CORRECTIONS_EMAIL in src/site.ts is "${CORRECTIONS_EMAIL}": set the real private address`);
  return problems;
}

/**
 * The public address, from SITE_URL (the one place it is set), without a trailing slash. Undefined for a
 * local build (no SITE_URL, or a placeholder one), which gives root-relative paths marked with
 * LOCAL_BUILD_NOTE instead of inventing an address.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const url = env.SITE_URL?.trim().replace(/\/+$/, '');
  if (!url) return undefined;
  if (!URL.canParse(url)) throw new Error(`SITE_URL is "${url}": set it to an absolute address, https://...`);
  return isPlaceholderHost(new URL(url).hostname) ? undefined : url;
}

/** What a local build (no SITE_URL) says where a public address would stand: in permalinks and citations. */
export const LOCAL_BUILD_NOTE = 'local build: no public address';

/** Who publishes the site and answers for its content (named on the About page). */
export const PUBLISHER = 'The AI CSAM Law project';

/** A private address for corrections, for readers who would rather not report in public. */
export const CORRECTIONS_EMAIL = `corrections@${PLACEHOLDER_DOMAIN}`;

/** The private corrections address to show, or undefined while it is still a placeholder (never shown). */
export function privateCorrectionsAddress(email = CORRECTIONS_EMAIL): string | undefined {
  return isPlaceholderHost(email.split('@')[1] ?? '') ? undefined : email;
}

/** The repository where errors are reported (issue form) and the code lives. */
export const REPO_URL = 'https://github.com/ai-csam-law/knowledge-base';

/**
 * The Content-Security-Policy of every page: scripts, styles and everything else only from the site
 * itself; no inline script or style. Sent as a header (public host, preview server) and as a meta tag.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Headers a host should send with every response (written to dist/_headers; the preview server sends them). */
export const SECURITY_HEADERS: Record<string, string> = {
  // frame-ancestors only works as a header, not in a meta tag.
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** The headers file for static hosts (Netlify and Cloudflare Pages syntax). */
export function headersFile(): string {
  return `/*\n${Object.entries(SECURITY_HEADERS)
    .map(([k, v]) => `  ${k}: ${v}`)
    .join('\n')}\n`;
}

/**
 * Pages allowed to load a script: search and compare; the date control on the matrix, topic and
 * as-of pages; copy buttons on the cite pages and the gap lists. Every other page ships none.
 */
export const SCRIPTED_ROUTES: readonly RegExp[] = [
  /^\/search\/$/,
  /^\/compare\/$/,
  /^\/matrix\/$/,
  /^\/topics\/[a-z-]+\/$/,
  /^\/as-of\//,
  /^\/cite\//,
  /^\/gaps\//,
];
