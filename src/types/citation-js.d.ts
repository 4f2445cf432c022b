/** Minimal types for the parts of citation-js this project uses (the package ships none). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The records as CSL-JSON (the tests read parsed BibTeX this way). */
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
