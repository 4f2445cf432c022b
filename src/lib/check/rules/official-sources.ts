import { JURISDICTION_SHORT, OFFICIAL_HOSTS, ROOT_JURISDICTIONS, rootJurisdiction } from '../../../vocab';
import type { Rule } from '../rule';

function onHost(url: string, hosts: readonly string[]): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}

/**
 * A source marked official is https and on its jurisdiction's list of official publishers;
 * anything else must be marked secondary (official: false). Every instrument cites one official source.
 */
export const officialSources: Rule = {
  name: 'official-sources',
  description: 'Official sources are on an official host of their jurisdiction; every instrument cites at least one.',
  check(ctx, report) {
    for (const s of ctx.sources) {
      if (!s.official) continue;
      if (!s.jurisdiction) {
        report({
          file: s.file,
          path: `source "${s.id}".jurisdiction`,
          message: 'missing; an official source must name its jurisdiction',
          fix: `add jurisdiction: one of ${ROOT_JURISDICTIONS.join(' | ')}`,
        });
        continue;
      }
      const hosts = OFFICIAL_HOSTS[rootJurisdiction(s.jurisdiction)];
      if (!onHost(s.url, hosts)) {
        report({
          file: s.file,
          path: `source "${s.id}".url`,
          message:
            `got "${s.url}"; an official ${JURISDICTION_SHORT[rootJurisdiction(s.jurisdiction)]} source ` +
            `must be on ${hosts.slice(0, 8).join(', ')}` +
            (hosts.length > 8 ? ' or another official host in src/vocab/jurisdictions.ts' : ''),
          fix: 'link the official publisher, or set official: false (a secondary source)',
        });
      }
    }
    const official = new Set(ctx.sources.filter((s) => s.official).map((s) => s.id));
    for (const inst of ctx.instruments) {
      const cited = [
        ...inst.stage.sources,
        ...inst.inForce.sources,
        ...inst.timeline.flatMap((e) => e.sources),
        ...inst.provisions.flatMap((p) => [...p.sources, ...(p.inForce?.sources ?? [])]),
        ...inst.changes.flatMap((c) => c.sources),
      ];
      // Where nothing official is reachable (many state codes), the entry must say so in `unverified`.
      if (!cited.some((id) => official.has(id)) && !inst.unverified) {
        report({
          file: inst.file,
          path: 'sources',
          message: 'no official source is cited anywhere in the entry',
          fix:
            'cite the official text or record (legislation.gov.uk, congress.gov, eur-lex...) for at least ' +
            "the stage or a provision; if none is reachable, say so in the entry's unverified note",
        });
      }
    }
  },
};
