/** Every route of the site, in one place. Paths end with "/" (directory build format). */
export const urls = {
  home: () => '/',
  instrument: (id: string) => `/instruments/${id}/`,
  provision: (instrumentId: string, provisionId: string) => `/instruments/${instrumentId}/#${provisionId}`,
  jurisdiction: (id: string) => `/jurisdictions/${id}/`,
  topic: (id: string) => `/topics/${id}/`,
  topics: () => '/topics/',
  instruments: () => '/instruments/',
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : '/search/'),
  matrix: () => '/matrix/',
  gaps: () => '/gaps/',
  compare: () => '/compare/',
  data: () => '/data/',
  corrections: () => '/corrections/',
  about: () => '/about/',
};

/** Turns a provision reference "uk/foo#s-1" into its page URL. */
export function refUrl(ref: string): string {
  const [inst, prov] = ref.split('#');
  return prov ? urls.provision(inst, prov) : urls.instrument(inst);
}
