/**
 * Every route of the site, in one place. Paths end with "/" (directory build format). Pages, feeds,
 * exports and the client scripts build links only through these.
 */
import { LOCAL_BUILD_NOTE, REPO_URL } from '../site';
import { isPart } from '../vocab/jurisdictions';

const query = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  return q ? `?${q}` : '';
};

export const urls = {
  home: () => '/',
  instrument: (id: string) => `/instruments/${id}/`,
  provision: (instrumentId: string, provisionId: string) => `/instruments/${instrumentId}/#${provisionId}`,
  cite: (instrumentId: string) => `/cite/${instrumentId}/`,
  jurisdiction: (id: string) => `/jurisdictions/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  /** A row of a topic's tables: a main row's id ("uk"), or a part's row in its group table ("row-us-va"). */
  topicRow: (id: string, row: string) => `/topics/${id}/#${isPart(row) ? `row-${row}` : row}`,
  /** A topic's table of parts (states, member states) in one order: "/topics/penalties/states/by-grade/". */
  partsTable: (topic: string, group: string, order: string) => `/topics/${topic}/${group}/${order}/`,
  topics: () => '/topics/',
  instruments: () => '/instruments/',
  search: (q?: string) => `/search/${query({ q })}`,
  matrix: () => '/matrix/',
  gaps: () => '/gaps/',
  gapsByJurisdiction: () => '/gaps/by-jurisdiction/',
  /** The gaps on one topic: the main rows and every group of parts. */
  gapsTopic: (topic: string) => `/gaps/topics/${topic}/`,
  /** The parts of a jurisdiction that fall short ("states", "member-states", "uk-systems"), by topic. */
  gapsParts: (group: string, topic?: string) => `/gaps/${group}/${topic ? `${topic}/` : ''}`,
  compare: (rows?: readonly string[]) => `/compare/${query({ rows: rows?.join(',') })}`,
  data: () => '/data/',
  corrections: () => '/corrections/',
  about: () => '/about/',
  glossary: (termId?: string) => `/glossary/${termId ? `#${termId}` : ''}`,
  whatsNew: () => '/whats-new/',
  timeline: (jurisdiction?: string) => (jurisdiction ? `/timeline/${jurisdiction}/` : '/timeline/'),
  timelineTopic: (topic: string) => `/timeline/topics/${topic}/`,
  /** The law on a date: the index of key dates, or the matrix on one. */
  asOf: (date?: string) => (date ? `/as-of/${date}/` : '/as-of/'),
  asOfTopic: (date: string, topic: string) => `/as-of/${date}/topics/${topic}/`,
  changes: (range: { from?: string; to?: string } = {}) => `/as-of/changes/${query(range)}`,
  /** The changes of one year. */
  changesYear: (year: string) => `/as-of/changes/${year}/`,
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
  robots: () => '/robots.txt',
  citationFile: () => '/CITATION.cff',
  feeds: {
    all: () => '/feeds/all.xml',
    jurisdiction: (id: string) => `/feeds/${id}.xml`,
    topic: (id: string) => `/feeds/topics/${id}.xml`,
  },
  /** Open data; `api.v1(path)` is the same file under the stable version path. */
  api: {
    instrumentsJson: () => '/api/instruments.json',
    instrumentsCsv: () => '/api/instruments.csv',
    topicsJson: () => '/api/topics.json',
    topicCsv: (id: string) => `/api/topics/${id}.csv`,
    matrixJson: () => '/api/matrix.json',
    matrixCsv: () => '/api/matrix.csv',
    gapsJson: () => '/api/gaps.json',
    jurisdictionsJson: () => '/api/jurisdictions.json',
    snapshot: () => '/api/snapshot.json',
    schema: () => '/api/schema.json',
    searchIndex: () => '/api/search-index.json',
    searchText: () => '/api/search-text.json',
    compareInstruments: () => '/api/compare/instruments.json',
    /** One jurisdiction row's comparison data (cells, provisions, sources), for the compare page. */
    compareRow: (row: string) => `/api/compare/rows/${row}.json`,
    /** The compare page's default comparison (the main rows) as CSV. */
    compareMainCsv: () => '/api/compare/main-rows.csv',
    asOfIndex: () => '/api/as-of/index.json',
    asOfMatrix: (date: string) => `/api/as-of/${date}/matrix.json`,
    v1: (path: string) => path.replace(/^\/api\//, '/api/v1/'),
  },
  /**
   * The repository's "Report an error" form (.github/ISSUE_TEMPLATE/report-an-error.yml), with the page
   * filled in when there is one.
   */
  reportError: (page?: string) =>
    `${REPO_URL}/issues/new${query({ template: 'report-an-error.yml', title: page && `Error on ${page}`, page })}`,
};

/**
 * The address of a path on the site: absolute under the public address when the build has one (`site`,
 * from SITE_URL), else the root-relative path itself (a local build invents no address).
 */
export function pageAddress(path: string, site?: string | URL): string {
  return site ? new URL(path, site).href : path;
}

/** A page's address as pasted text cites it: absolute, or the path marked as a local build's. */
export function citedAddress(path: string, site?: string | URL): string {
  return site ? pageAddress(path, site) : `${path} (${LOCAL_BUILD_NOTE})`;
}

/** Turns a provision reference "uk/foo#s-1" into its page URL. */
export function refUrl(ref: string): string {
  const [inst, prov] = ref.split('#');
  return prov ? urls.provision(inst, prov) : urls.instrument(inst);
}
