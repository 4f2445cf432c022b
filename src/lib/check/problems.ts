/** One problem found in the content: which file, which field, what is wrong, how to fix it. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  /** The field path, e.g. "provisions[1].inForce.value", or a parenthesised location. */
  path: string;
  /** What was received and what is allowed. */
  message: string;
  /** One line on how to fix it. */
  fix: string;
  /** Warnings are listed but do not fail the check. */
  severity?: 'error' | 'warning';
}

/** Formats problems as one block per file, every problem in the file at once. */
export function formatProblems(problems: readonly Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = byFile.get(p.file) ?? [];
    list.push(p);
    byFile.set(p.file, list);
  }
  const blocks: string[] = [];
  for (const [file, list] of [...byFile.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const errors = list.some((p) => p.severity !== 'warning');
    const lines = [`${errors ? 'x' : '!'} ${file}`];
    for (const p of list) {
      lines.push(`  ${p.severity === 'warning' ? 'warning: ' : ''}${p.path}: ${p.message}`);
      lines.push(`  fix: ${p.fix}`);
    }
    blocks.push(lines.join('\n'));
  }
  return blocks.join('\n\n');
}

export const isError = (p: Problem) => p.severity !== 'warning';
