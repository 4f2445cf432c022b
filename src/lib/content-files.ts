/**
 * Reads the content folder from disk into raw entries (Node only). Parsing problems (no
 * frontmatter, malformed YAML) are returned as problems, not thrown, so every file is reported.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { Problem } from './check/problems';
import { contentDir } from './content-dir';

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

function walk(dir: string, ext: string): string[] {
  let out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(walk(p, ext));
    else if (name.endsWith(ext)) out.push(p);
  }
  return out;
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
export function parseMdx(file: string, source: string): { data: unknown; body: string; bodyOffset: number; problems: Problem[] } {
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

function toId(base: string, path: string): string {
  return relative(base, path).split(sep).join('/').replace(/\.mdx$/, '');
}

/** Reads the content folder (content/, or KB_CONTENT_DIR) under `root`. */
export function readContent(root: string, dir = contentDir()): RawContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const readMdx = (base: string) =>
    walk(base, '.mdx').map((path) => {
      const file = rel(path);
      const parsed = parseMdx(file, readFileSync(path, 'utf8'));
      problems.push(...parsed.problems);
      return { file, id: toId(base, path), data: parsed.data, body: parsed.body, bodyOffset: parsed.bodyOffset };
    });
  const instruments = readMdx(join(root, dir, 'instruments'));
  const topics = readMdx(join(root, dir, 'topics'));
  const readYaml = (base: string) =>
    walk(base, '.yaml').map((path) => {
      const file = rel(path);
      const parsed = parseYaml(file, readFileSync(path, 'utf8'));
      problems.push(...parsed.problems);
      return { file, id: toId(base, path).replace(/\.yaml$/, ''), data: parsed.data, body: '' };
    });
  const sourceFiles = readYaml(join(root, dir, 'sources'));
  const correctionFiles = readYaml(join(root, dir, 'corrections'));
  const glossaryPath = join(root, dir, 'glossary.yaml');
  let glossaryFile: RawEntry | undefined;
  if (existsSync(glossaryPath)) {
    const file = rel(glossaryPath);
    const parsed = parseYaml(file, readFileSync(glossaryPath, 'utf8'));
    problems.push(...parsed.problems);
    glossaryFile = { file, id: 'glossary', data: parsed.data, body: '' };
  }
  return { instruments, topics, sourceFiles, correctionFiles, glossaryFile, problems };
}
