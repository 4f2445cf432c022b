/**
 * Files at the site's root that name its address: robots.txt and CITATION.cff. Each gives the public
 * address where the build has one (SITE_URL) and leaves it out in a local build, so neither invents one.
 */
import { pageAddress, urls } from './urls';

/** robots.txt: allow everything; point at the sitemap, which only a build with a public address has. */
export function robotsTxt(site?: string | URL): string {
  return `User-agent: *\nAllow: /\n${site ? `\nSitemap: ${pageAddress(urls.sitemap(), site)}\n` : ''}`;
}

/**
 * The repository's CITATION.cff as the site serves it: any `url` line replaced by the public address, or
 * dropped in a local build.
 */
export function citationCff(repositoryFile: string, site?: string | URL): string {
  const lines = repositoryFile.split('\n').filter((l) => !/^url:/.test(l));
  if (!site) return lines.join('\n');
  const at = lines.findIndex((l) => /^repository-code:/.test(l));
  const url = `url: '${pageAddress(urls.home(), site)}'`;
  return [...lines.slice(0, at < 0 ? lines.length : at), url, ...lines.slice(at < 0 ? lines.length : at)].join('\n');
}
