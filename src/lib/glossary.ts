/** Glossary links: which terms a text uses, and which pages use each term. Derived, never hand-kept. */
import type { GlossaryTerm } from '../schemas';
import type { KnowledgeBase } from './kb';
import { urls } from './urls';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression per term, matching the term or a variant as whole words, any case. */
function matcher(t: GlossaryTerm): RegExp {
  const forms = [t.term, ...t.variants].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`(^|[^\\p{L}\\p{N}])(${forms.join('|')})(?=$|[^\\p{L}\\p{N}])`, 'iu');
}

/** Terms used anywhere in `texts`, in glossary order. */
export function termsUsed(terms: readonly GlossaryTerm[], texts: readonly string[]): GlossaryTerm[] {
  const joined = texts.join('\n');
  return terms.filter((t) => matcher(t).test(joined));
}

/** For each term, the instrument and topic pages that use it. */
export function termUsages(kb: KnowledgeBase): Map<string, { title: string; url: string }[]> {
  const terms = kb.glossary ?? [];
  const out = new Map(terms.map((t) => [t.id, [] as { title: string; url: string }[]]));
  for (const inst of kb.instruments) {
    const texts = [inst.title, inst.summary, ...inst.provisions.flatMap((p) => [p.title, p.summary])];
    for (const t of termsUsed(terms, texts)) out.get(t.id)!.push({ title: inst.title, url: urls.instrument(inst.id) });
  }
  for (const topic of kb.topics) {
    const texts = [topic.question, topic.summary, ...topic.assessments.flatMap((a) => [a.summary, a.gaps ?? ''])];
    for (const t of termsUsed(terms, texts))
      out.get(t.id)!.push({ title: `Topic: ${topic.question}`, url: urls.topic(topic.id) });
  }
  return out;
}
