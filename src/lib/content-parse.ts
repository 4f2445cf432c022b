/**
 * Parses content files from their text into raw entries. Parsing problems (no frontmatter, malformed
 * YAML) are returned as problems, not thrown, so every file is reported. Pure: reading the files
 * from disk is src/node/read-content.ts.
 */
import { parseDocument } from 'yaml';
import type { Problem } from './check/problems';

export interface RawEntry {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  /** Collection id: "uk/protection-of-children-act-1978" or "penalties". */
  id: string;
  /** Parsed frontmatter (unvalidated). */
  data: unknown;
  /** The MDX body. */
  body: string;
  /** Lines before the body (the frontmatter block), to report body problems by file line. */
  bodyOffset?: number;
}

export interface RawContent {
  instruments: RawEntry[];
  topics: RawEntry[];
  /** One entry per sources file; data is the parsed list. */
  sourceFiles: RawEntry[];
  /** One entry per corrections file. */
  correctionFiles: RawEntry[];
  /** content/glossary.yaml, when present. */
  glossaryFile?: RawEntry;
  problems: Problem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML text; a syntax error becomes a problem naming the line and column. */
export function parseYaml(file: string, source: string, lineOffset = 0): { data: unknown; problems: Problem[] } {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      data: undefined,
      // Later YAML errors are usually cascades of the first: report the first, precisely.
      problems: doc.errors.slice(0, 1).map((e) => ({
        file,
        path: `(YAML, line ${(e.linePos?.[0]?.line ?? 0) + lineOffset})`,
        message: `malformed YAML: ${e.message.split('\n')[0]}`,
        fix: 'check indentation, quoting (quote text containing ": " or "#") and that each key appears once',
      })),
    };
  }
  return { data: doc.toJS(), problems: [] };
}

/** Splits an MDX file into frontmatter data and body. */
export function parseMdx(
  file: string,
  source: string,
): { data: unknown; body: string; bodyOffset: number; problems: Problem[] } {
  const m = FRONTMATTER.exec(source);
  if (!m) {
    return {
      data: undefined,
      body: source,
      bodyOffset: 0,
      problems: [
        {
          file,
          path: '(frontmatter)',
          message: 'missing frontmatter: the file must start with a line "---", the YAML fields, and a closing "---"',
          fix: 'copy the frontmatter of an existing entry in the same folder and edit it',
        },
      ],
    };
  }
  const { data, problems } = parseYaml(file, m[1], 1);
  return { data, body: source.slice(m[0].length), bodyOffset: m[0].split('\n').length - 1, problems };
}
