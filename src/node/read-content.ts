/** Reads the content folder from disk into raw entries (Node only); parsing is src/lib/content-parse.ts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../lib/check/problems';
import { parseMdx, parseYaml, type RawContent, type RawEntry } from '../lib/content-parse';
import { contentDir } from './env';

/** Files under `dir` ending in `ext`, sorted, as absolute paths; none when the folder is missing. */
function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => join(dir, name));
}

function toId(base: string, path: string): string {
  return relative(base, path)
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '');
}

/** Reads the content folder (content/, or KB_CONTENT_DIR) under `root`. */
export function readContent(root: string, dir = contentDir()): RawContent {
  const problems: Problem[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const readMdx = (base: string) =>
    filesIn(base, '.mdx').map((path) => {
      const file = rel(path);
      const parsed = parseMdx(file, readFileSync(path, 'utf8'));
      problems.push(...parsed.problems);
      return { file, id: toId(base, path), data: parsed.data, body: parsed.body, bodyOffset: parsed.bodyOffset };
    });
  const instruments = readMdx(resolve(root, dir, 'instruments'));
  const topics = readMdx(resolve(root, dir, 'topics'));
  const readYaml = (base: string) =>
    filesIn(base, '.yaml').map((path) => {
      const file = rel(path);
      const parsed = parseYaml(file, readFileSync(path, 'utf8'));
      problems.push(...parsed.problems);
      return { file, id: toId(base, path).replace(/\.yaml$/, ''), data: parsed.data, body: '' };
    });
  const sourceFiles = readYaml(resolve(root, dir, 'sources'));
  const correctionFiles = readYaml(resolve(root, dir, 'corrections'));
  const glossaryPath = resolve(root, dir, 'glossary.yaml');
  let glossaryFile: RawEntry | undefined;
  if (existsSync(glossaryPath)) {
    const file = rel(glossaryPath);
    const parsed = parseYaml(file, readFileSync(glossaryPath, 'utf8'));
    problems.push(...parsed.problems);
    glossaryFile = { file, id: 'glossary', data: parsed.data, body: '' };
  }
  return { instruments, topics, sourceFiles, correctionFiles, glossaryFile, problems };
}
