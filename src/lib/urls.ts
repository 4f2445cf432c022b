/**
 * Every route of the site, in one place. Paths end with "/" (directory build format). Pages, feeds,
 * exports and the client scripts build links only through these.
 */
import { REPO_URL } from '../site';

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
  topicRow: (id: string, row: string) => `/topics/${id}/#${row}`,
  topics: () => '/topics/',
  instruments: () => '/instruments/',
  search: (q?: string) => `/search/${query({ q })}`,
  matrix: () => '/matrix/',
  gaps: () => '/gaps/',
  gapsByJurisdiction: () => '/gaps/by-jurisdiction/',
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
  favicon: () => '/favicon.svg',
  sitemap: () => '/sitemap-index.xml',
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

/** Turns a provision reference "uk/foo#s-1" into its page URL. */
export function refUrl(ref: string): string {
  const [inst, prov] = ref.split('#');
  return prov ? urls.provision(inst, prov) : urls.instrument(inst);
}
