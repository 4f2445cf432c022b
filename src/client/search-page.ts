/**
 * The search page in the browser: loads the prebuilt index once, searches as you type, keeps the
 * query and filters in the URL, and renders every result with DOM text nodes (never innerHTML).
 */
import {
  firstHitAt,
  highlightRuns,
  loadIndex,
  search,
  suggest,
  type Filters,
  type Hit,
  type LoadedIndex,
} from '../lib/search/query';
import type { SearchIndexData, SearchTextData } from '../lib/search/index-build';
import { JURISDICTION_INFO, JURISDICTION_LABELS, JURISDICTION_SHORT, type JurisdictionId } from '../vocab';
import { urls } from '../lib/urls';

/** Results rendered in the task that searches; the rest follow in the next one. */
const FIRST = 10;
const FILTER_KEYS = ['jurisdiction', 'topic', 'kind', 'inForce', 'type'] as const;
const TYPE_LABEL = {
  instrument: 'Instrument',
  provision: 'Provision',
  topic: 'Topic',
  term: 'Glossary term',
  jurisdiction: 'Jurisdiction',
} as const;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function highlighted(text: string, matched: string[]): Node[] {
  return highlightRuns(text, matched).map((r) => (r.hit ? el('mark', {}, r.text) : document.createTextNode(r.text)));
}

function snippet(text: string, matched: string[], max = 260): string {
  if (text.length <= max) return text;
  const hit = firstHitAt(text, matched);
  const pos = hit < 0 ? text.length : hit;
  const start = Math.max(0, Math.min(pos - 60, text.length - max));
  return `${start > 0 ? '… ' : ''}${text.slice(start, start + max)}${start + max < text.length ? ' …' : ''}`;
}

function renderHit(h: Hit, i: number): HTMLLIElement {
  const r = h.record;
  const meta: string[] = [TYPE_LABEL[r.t]];
  // A root by its short name ("EU"); a state, member state or legal system by its name ("Virginia").
  const j = r.j as JurisdictionId;
  if (r.j && r.t !== 'jurisdiction')
    meta.push(JURISDICTION_INFO[j].parent ? JURISDICTION_LABELS[j] : JURISDICTION_SHORT[j]);
  if (r.status) meta.push(r.status);
  const li = el('li', { id: `result-${i}` });
  const link = el(
    'a',
    { href: r.url },
    ...highlighted(r.t === 'provision' ? `${r.label}: ${r.title}` : r.title, h.matched),
  );
  li.append(el('div', { class: 'meta' }, meta.join(' · ')), el('div', {}, el('strong', {}, link)));
  if (r.t === 'provision') li.append(el('div', { class: 'meta' }, `in ${r.instrument}`));
  else if (r.t === 'instrument' || r.t === 'jurisdiction') li.append(el('div', { class: 'meta' }, r.label));
  li.append(el('p', {}, ...highlighted(snippet(r.text, h.matched), h.matched)));
  return li;
}

export async function startSearch() {
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('status') as HTMLElement;
  const list = document.getElementById('results') as HTMLOListElement;
  const didYouMean = document.getElementById('did-you-mean') as HTMLElement;
  const selects = Object.fromEntries(
    FILTER_KEYS.map((k) => [k, document.getElementById(`f-${k}`) as HTMLSelectElement]),
  );
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const k of FILTER_KEYS) selects[k].value = params.get(k) ?? '';

  let ix: LoadedIndex | undefined;
  // "/" focuses the box at once, even while the index is still loading.
  document.addEventListener('keydown', (e) => {
    if (
      e.key === '/' &&
      document.activeElement !== input &&
      !(document.activeElement instanceof HTMLInputElement) &&
      !(document.activeElement instanceof HTMLSelectElement)
    ) {
      e.preventDefault();
      input.focus();
    }
  });
  status.textContent = 'Loading the search index…';
  try {
    // The index (what ranking needs) and the text (what results show) load side by side.
    const [index, text] = await Promise.all(
      [urls.api.searchIndex(), urls.api.searchText()].map((u) =>
        fetch(u).then((r) => {
          if (!r.ok) throw new Error(`${u}: ${r.status}`);
          return r.json();
        }),
      ),
    );
    ix = loadIndex(index as SearchIndexData, text as SearchTextData);
    // Let the page respond between loading the index and the first search.
    await new Promise((resolve) => setTimeout(resolve));
  } catch {
    status.textContent = 'The search index could not be loaded. Browse the topics or instruments instead.';
    return;
  }

  // Arrow keys move real focus between the input and the result links (a plain list of links, not
  // a listbox: links inside options would be nested interactive controls).
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('li a')];
  const move = (from: Element | null, step: 1 | -1) => {
    const all = links();
    const i = from === input ? -1 : all.indexOf(from as HTMLAnchorElement);
    const next = i + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };

  let runs = 0;
  const run = () => {
    if (!ix) return;
    const filters: Filters = {};
    const url = new URL(location.href);
    url.search = '';
    if (input.value.trim()) url.searchParams.set('q', input.value.trim());
    for (const k of FILTER_KEYS) {
      const v = selects[k].value;
      if (v) {
        filters[k] = v;
        url.searchParams.set(k, v);
      }
    }
    history.replaceState(null, '', url);
    const hits = search(ix, input.value, filters);
    // The first results at once; the rest in a later task, so typing never waits on a long one.
    const runNo = ++runs;
    list.replaceChildren(...hits.slice(0, FIRST).map(renderHit));
    if (hits.length > FIRST)
      setTimeout(() => {
        if (runNo === runs) list.append(...hits.slice(FIRST).map((h, i) => renderHit(h, i + FIRST)));
      });
    const better = suggest(ix, input.value);
    didYouMean.replaceChildren(
      ...(better ? ['Did you mean ', el('a', { href: urls.search(better) }, better), '?'] : []),
    );
    if (!input.value.trim() && !Object.keys(filters).length) {
      status.textContent = 'Type to search, or choose a filter.';
    } else if (!hits.length) {
      status.replaceChildren(
        'No results. Try fewer words, a popular name ("chat control"), a citation ("S.1829"), or remove a filter. ',
        el('a', { href: '/topics/' }, 'Browse the topics'),
        '.',
      );
    } else {
      status.textContent =
        `${hits.length} ` + `result${hits.length === 1 ? '' : 's'}${hits.length === 50 ? ' (the best 50)' : ''}.`;
    }
  };

  input.addEventListener('input', run);
  // Taking the suggestion searches at once, without reloading the page.
  didYouMean.addEventListener('click', (e) => {
    const link = (e.target as Element).closest('a');
    if (!link) return;
    e.preventDefault();
    input.value = link.textContent ?? '';
    run();
    input.focus();
  });
  for (const k of FILTER_KEYS) selects[k].addEventListener('change', run);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  list.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      move(document.activeElement, e.key === 'ArrowDown' ? 1 : -1);
    }
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(input, 1);
    }
  });
  run();
}
