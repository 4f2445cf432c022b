import type { CorrectionsFile, GlossaryTerm, Instrument, Source, Topic } from '../../schemas';
import type { Problem } from './problems';

/** Content validated by the schemas, each entry with the file it came from. */
export interface CheckContext {
  instruments: (Instrument & { file: string; body?: string; bodyOffset?: number })[];
  topics: (Topic & { file: string; body?: string; bodyOffset?: number })[];
  sources: (Source & { file: string })[];
  corrections: (CorrectionsFile & { id: string; file: string })[];
  glossary: (GlossaryTerm & { file: string })[];
  /** The date the check runs on (YYYY-MM-DD). */
  today: string;
}

export type Report = (problem: Omit<Problem, 'severity'> & { severity?: Problem['severity'] }) => void;

/** One content rule: its name, what it enforces, and the check. Shape after browser-compat-data's lint rules. */
export interface Rule {
  name: string;
  description: string;
  check(ctx: CheckContext, report: Report): void;
}
