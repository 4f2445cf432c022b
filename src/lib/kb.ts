/** The whole knowledge base as the pure functions take it. */
import type { CorrectionsFile, GlossaryTerm, Instrument, Source, Topic } from '../schemas';

export interface KnowledgeBase {
  instruments: Instrument[];
  topics: Topic[];
  sources: Source[];
  /** Corrections to published reports (content/corrections/*.yaml), id = file name. */
  corrections?: (CorrectionsFile & { id: string })[];
  /** Glossary terms (content/glossary.yaml). */
  glossary?: GlossaryTerm[];
}

/** Splits "uk/foo#s-1" into its instrument and provision ids. */
export function splitRef(ref: string): { instrument: string; provision?: string } {
  const [instrument, provision] = ref.split('#');
  return { instrument, provision };
}

/** Resolves a provision reference against the knowledge base, or undefined when dangling. */
export function resolveRef(kb: KnowledgeBase, ref: string) {
  const { instrument: iid, provision: pid } = splitRef(ref);
  const instrument = kb.instruments.find((i) => i.id === iid);
  if (!instrument) return undefined;
  if (!pid) return { instrument, provision: undefined };
  const provision = instrument.provisions.find((p) => p.id === pid);
  return provision ? { instrument, provision } : undefined;
}

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
