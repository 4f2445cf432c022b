/**
 * Change feeds: entries from the instruments' recorded changes, their past timeline events and the
 * topics' grade changes, newest first; and Atom 1.0 XML for them.
 */
import type { KnowledgeBase } from './kb';
import {
  COMPARISON_ROW_LABELS,
  COVERAGE_LABELS,
  JURISDICTION_LABELS,
  EVENT_TYPE_LABELS,
  TOPIC_LABELS,
  type RootJurisdictionId,
  type TopicId,
  rootJurisdiction,
} from '../vocab';
import { instrumentTopics } from './instruments';
import { createHash } from 'node:crypto';
import { pageAddress, urls } from './urls';
import { REPO_URL, SITE_NAME } from '../site';

export interface FeedEntry {
  /** Stable id, from what the entry is; the feed makes it a tag: URI under the site's domain (see atom). */
  id: string;
  date: string;
  title: string;
  summary: string;
  /** Path on the site (with anchor). */
  path: string;
  /** The root jurisdiction the entry belongs to. */
  jurisdiction: RootJurisdictionId;
  topics: TopicId[];
  kind: 'law' | 'entry' | 'event' | 'grade';
}

/**
 * Feed ids come from what an entry is (instrument, date, type), never its position in a list, so a
 * feed reader does not see old entries as new when an older event is added. Entries that share a
 * date and type are numbered among themselves only.
 */
function stableIds() {
  const seen = new Map<string, number>();
  return (key: string) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}${n > 1 ? `/${n}` : ''}`;
  };
}

/** Every feed entry up to `today`, newest first. */
export function feedEntries(kb: KnowledgeBase, today: string): FeedEntry[] {
  const out: FeedEntry[] = [];
  const idFor = stableIds();
  for (const inst of kb.instruments) {
    const topics = instrumentTopics(inst);
    for (const c of inst.changes) {
      if (c.date > today) continue;
      out.push({
        id: idFor(`${inst.id}/change/${c.date}/${c.kind}`),
        date: c.date,
        title: `${inst.shortTitle}: ${c.kind === 'law' ? 'change in the law' : 'entry updated'}`,
        summary: c.summary,
        path: `${urls.instrument(inst.id)}#changes-h`,
        jurisdiction: rootJurisdiction(inst.jurisdiction),
        topics,
        kind: c.kind,
      });
    }
    for (const e of inst.timeline) {
      if (e.date > today) continue;
      out.push({
        id: idFor(`${inst.id}/event/${e.date}/${e.type}`),
        date: e.date,
        title: `${inst.shortTitle}: ${EVENT_TYPE_LABELS[e.type]}`,
        summary: e.event,
        path: `${urls.instrument(inst.id)}#timeline-h`,
        jurisdiction: rootJurisdiction(inst.jurisdiction),
        topics,
        kind: 'event',
      });
    }
  }
  for (const t of kb.topics) {
    for (const a of t.assessments) {
      a.history.forEach((h, i) => {
        if (i === 0 || h.from > today) return;
        out.push({
          id: idFor(`${t.id}/${a.row}/${h.from}`),
          date: h.from,
          title: `${TOPIC_LABELS[t.id as TopicId]}, ${COMPARISON_ROW_LABELS[a.row]}: ${COVERAGE_LABELS[h.grade]}`,
          summary: h.note,
          path: urls.topicRow(t.id, a.row),
          jurisdiction: rootJurisdiction(a.row),
          topics: [t.id as TopicId],
          kind: 'grade',
        });
      });
    }
  }
  return out.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A name-based UUID, version 5 (RFC 9562 5.5): SHA-1 of the namespace UUID and the name. */
export function uuidV5(namespace: string, name: string): string {
  const h = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name)
    .digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A stable id that names no address, as a URN: the version 5 UUID of the project's repository address with
 * the thing named as its fragment.
 */
export function uuidUrn(name: string): string {
  return `urn:uuid:${uuidV5(URL_NAMESPACE, `${REPO_URL}#${name}`)}`;
}

/**
 * An Atom 1.0 document. `site` is the public address; `selfPath` the feed's own path. Without a public
 * address (a local build) links are root-relative and ids are UUID URNs, since Atom ids must be absolute
 * and no address may be invented.
 */
export function atom(opts: {
  site?: string | URL | undefined;
  selfPath: string;
  title: string;
  pagePath: string;
  entries: readonly FeedEntry[];
  updated: string;
  limit?: number;
}): string {
  const abs = (p: string) => pageAddress(p, opts.site);
  // Entry ids are tag: URIs (RFC 4151) under the site's own domain, so they carry no other address.
  const tag = opts.site ? `tag:${new URL(opts.site).hostname},2026:` : undefined;
  const entryId = (id: string) => (tag ? tag + id : uuidUrn(`feed-entry:${id}`));
  const feedId = opts.site ? abs(opts.selfPath) : uuidUrn(`feed:${opts.selfPath}`);
  const entries = opts.entries.slice(0, opts.limit ?? 100);
  const updated = `${entries[0]?.date ?? opts.updated}T00:00:00Z`;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${xml(feedId)}</id>
  <title>${xml(opts.title)}</title>
  <updated>${updated}</updated>
  <author><name>${xml(SITE_NAME)}</name></author>
  <rights>CC BY 4.0</rights>
  <link rel="self" type="application/atom+xml" href="${xml(abs(opts.selfPath))}"/>
  <link rel="alternate" type="text/html" href="${xml(abs(opts.pagePath))}"/>
${entries
  .map(
    (e) => `  <entry>
    <id>${xml(entryId(e.id))}</id>
    <title>${xml(e.title)}</title>
    <updated>${e.date}T00:00:00Z</updated>
    <link rel="alternate" type="text/html" href="${xml(abs(e.path))}"/>
    <category term="${e.jurisdiction}"/>
${e.topics.map((t) => `    <category term="${t}"/>`).join('\n')}
    <summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  )
  .join('\n')}
</feed>
`;
}

/** Which changes a feed carries: all of them, one root jurisdiction's, or one topic's. */
export type FeedScope =
  { kind: 'all' } | { kind: 'jurisdiction'; id: RootJurisdictionId } | { kind: 'topic'; id: TopicId };

/** The Atom document of one feed: its entries, title, own address and the page it mirrors. */
export function feedDocument(
  kb: KnowledgeBase,
  today: string,
  site: string | URL | undefined,
  scope: FeedScope,
): string {
  const all = feedEntries(kb, today);
  const [entries, selfPath, pagePath, title] =
    scope.kind === 'all'
      ? [all, urls.feeds.all(), urls.whatsNew(), 'all changes']
      : scope.kind === 'jurisdiction'
        ? [
            all.filter((e) => e.jurisdiction === scope.id),
            urls.feeds.jurisdiction(scope.id),
            urls.jurisdiction(scope.id),
            `changes, ${JURISDICTION_LABELS[scope.id]}`,
          ]
        : [
            all.filter((e) => e.topics.includes(scope.id)),
            urls.feeds.topic(scope.id),
            urls.topic(scope.id),
            `changes, ${TOPIC_LABELS[scope.id]}`,
          ];
  return atom({ site, selfPath, pagePath, title: `${SITE_NAME}: ${title}`, entries, updated: today });
}
