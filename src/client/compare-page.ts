/**
 * The compare page: applies the selection in the URL. The main rows are pre-rendered; other rows are
 * built from /api/compare/rows/<id>.json and instruments from /api/compare/instruments.json, with DOM
 * text nodes only. The CSV link is rebuilt from the same data for the comparison shown. Without
 * JavaScript the pre-rendered comparison and its CSV show.
 */
import type { InstrumentCompareData } from '../lib/compare';
import {
  MAX_COMPARE,
  comparisonCsv,
  comparisonFileName,
  comparisonTable,
  parseSelection,
  type CompareCell,
  type ComparisonTable,
  type RowComparison,
} from '../lib/compare-table';
import { COVERAGE_LABELS, COVERAGE_SYMBOLS, JURISDICTION_SHORT, type JurisdictionId } from '../vocab';
import { urls } from '../lib/urls';

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

function json<T>(url: string): Promise<T> {
  return fetch(url).then((r) => {
    if (!r.ok) throw new Error(`${url}: ${r.status}`);
    return r.json() as Promise<T>;
  });
}

/** The same cell as src/components/CompareCell.astro renders. */
function cellNodes(c: CompareCell, numbers: Map<string, number>): Node[] {
  const grade = el(
    'span',
    { class: `grade grade-${c.grade}` },
    el('span', { class: 'sym', 'aria-hidden': 'true' }, COVERAGE_SYMBOLS[c.grade]),
    ` ${COVERAGE_LABELS[c.grade]}`,
  );
  const unverified = (reason: string) => [
    el('span', { class: 'unverified' }, 'Unverified', el('span', { class: 'visually-hidden' }, ':')),
    ' ',
    el('span', { class: 'meta' }, reason),
  ];
  const out: Node[] = [el('a', { href: c.href }, grade)];
  if (c.since) out.push(el('div', { class: 'meta' }, `since ${c.since}`));
  if (c.next) out.push(el('div', { class: 'meta' }, `${COVERAGE_LABELS[c.next.grade]} from ${c.next.from}`));
  if (c.parts) out.push(el('div', { class: 'meta' }, c.parts));
  out.push(el('p', {}, c.summary));
  if (c.unverified) out.push(el('p', {}, ...unverified(c.unverified)));
  if (c.penalty) out.push(el('p', {}, el('strong', {}, 'Maximum penalty:'), ` ${c.penalty}`));
  if (c.provisions.length) {
    out.push(
      el(
        'ul',
        { class: 'compare-provisions' },
        ...c.provisions.map((p) =>
          el(
            'li',
            {},
            el('a', { href: p.href }, p.label),
            p.status ? `: ${p.status.text}` : '',
            ...(p.official
              ? [' (', el('a', { href: p.official, rel: 'noopener noreferrer' }, 'official text'), ')']
              : []),
            ...(p.unverified
              ? [
                  el(
                    'details',
                    { class: 'unverified-note' },
                    el('summary', {}, el('span', { class: 'unverified' }, 'Unverified'), ' what is not confirmed'),
                    el('span', { class: 'meta' }, p.unverified),
                  ),
                ]
              : []),
          ),
        ),
      ),
    );
  }
  const refs = c.sources.filter((id) => numbers.has(id));
  out.push(
    el(
      'p',
      { class: 'meta' },
      ...(refs.length ? ['Sources '] : []),
      ...refs.map((id) =>
        el('a', { href: `#source-${id}`, 'aria-label': `Source ${numbers.get(id)}` }, `[${numbers.get(id)}]`),
      ),
      `${refs.length ? '; ' : ''}last checked ${c.checked}`,
    ),
  );
  return out;
}

/** Fills the jurisdiction table and its source list with a comparison. */
function renderJurisdictions(table: HTMLTableElement, sources: HTMLOListElement, t: ComparisonTable) {
  table.caption!.textContent = `Comparison of jurisdictions by topic, as of ${t.date}`;
  table.tHead!.replaceChildren(
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, 'Topic'),
      ...t.rows.map((r) => el('th', { scope: 'col', 'data-col': r.id }, el('a', { href: r.page }, r.name))),
    ),
  );
  table.tBodies[0].replaceChildren(
    ...t.topics.map((topic) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, el('a', { href: topic.href }, topic.label)),
        ...topic.cells.map((c, i) =>
          el(
            'td',
            { 'data-col': t.rows[i].id },
            ...(c ? cellNodes(c, t.numbers) : [el('span', { class: 'meta' }, 'Not assessed')]),
          ),
        ),
      ),
    ),
  );
  sources.replaceChildren(
    ...t.sources.map((s) =>
      el(
        'li',
        { id: `source-${s.id}` },
        el('a', { href: s.url, rel: 'noopener noreferrer' }, s.title),
        `. ${s.publisher}; ${s.dates}. `,
        el('span', { class: 'badge official' }, s.official ? 'Official' : 'Secondary'),
      ),
    ),
  );
}

let instrumentData: Promise<InstrumentCompareData> | undefined;

async function buildInstrumentTable(table: HTMLTableElement, ids: readonly string[]) {
  instrumentData ??= json<InstrumentCompareData>(urls.api.compareInstruments());
  const { topics, instruments } = await instrumentData;
  const chosen = ids
    .map((id) => instruments.find((i) => i.id === id))
    .filter((i): i is InstrumentCompareData['instruments'][number] => !!i);
  const head = el(
    'tr',
    {},
    el('th', { scope: 'col' }, 'Topic'),
    ...chosen.map((i) =>
      el(
        'th',
        { scope: 'col' },
        el('a', { href: i.url }, i.shortTitle),
        ' ',
        el('span', { class: 'badge' }, JURISDICTION_SHORT[i.jurisdiction as JurisdictionId]),
      ),
    ),
  );
  table.tHead!.replaceChildren(head);
  const rows = topics
    .filter((t) => chosen.some((i) => i.byTopic[t.id as keyof typeof i.byTopic]?.length))
    .map((t) =>
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, el('a', { href: t.url }, t.label)),
        ...chosen.map((i) => {
          const ps = i.byTopic[t.id as keyof typeof i.byTopic] ?? [];
          return el(
            'td',
            {},
            ps.length
              ? el(
                  'ul',
                  {},
                  ...ps.map((p) =>
                    el(
                      'li',
                      {},
                      el('a', { href: p.url }, p.label),
                      `: ${p.title}${p.penalty ? ` (${p.penalty})` : ''}. ${p.status}`,
                      ...(p.official
                        ? [' (', el('a', { href: p.official, rel: 'noopener noreferrer' }, 'official text'), ')']
                        : []),
                    ),
                  ),
                )
              : el('span', { class: 'meta' }, 'No provision on this topic'),
          );
        }),
      ),
    );
  table.tBodies[0].replaceChildren(...rows);
}

export function startCompare() {
  const form = document.getElementById('compare-form') as HTMLFormElement;
  const status = document.getElementById('compare-status') as HTMLElement;
  const byJ = document.getElementById('by-jurisdiction') as HTMLElement;
  const byI = document.getElementById('by-instrument') as HTMLElement;
  const jTable = document.getElementById('jurisdiction-table') as HTMLTableElement;
  const jSources = document.getElementById('compare-sources') as HTMLOListElement;
  const csv = document.getElementById('compare-csv') as HTMLAnchorElement;
  const iTable = document.getElementById('instrument-table') as HTMLTableElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const ids = (name: string) => boxes.filter((b) => b.name === name).map((b) => b.value);
  const rowIds = ids('rows');
  const instrumentIds = ids('instruments');
  // The pre-rendered comparison, to show again when the choice is cleared.
  const original = {
    table: [...jTable.childNodes].map((n) => n.cloneNode(true)),
    sources: [...jSources.childNodes].map((n) => n.cloneNode(true)),
    csv: { href: csv.href, name: csv.dataset.defaultName ?? '' },
  };
  const rowData = new Map<string, Promise<RowComparison>>();
  let csvUrl: string | undefined;

  const setCsv = (href: string, name: string) => {
    if (csvUrl) URL.revokeObjectURL(csvUrl);
    csvUrl = href.startsWith('blob:') ? href : undefined;
    csv.href = href;
    csv.download = name;
  };

  const showOriginal = () => {
    jTable.replaceChildren(...original.table.map((n) => n.cloneNode(true)));
    jSources.replaceChildren(...original.sources.map((n) => n.cloneNode(true)));
    setCsv(original.csv.href, original.csv.name);
  };

  const apply = async (params: URLSearchParams) => {
    const rows = parseSelection(params, 'rows', rowIds);
    const insts = parseSelection(params, 'instruments', instrumentIds);
    for (const box of boxes) box.checked = (box.name === 'rows' ? rows : insts).includes(box.value);
    // A chosen state or member state is shown ticked, not hidden in a closed list.
    form.querySelectorAll('details').forEach((d) => {
      if (d.querySelector('input:checked')) d.open = true;
    });
    if (insts.length) {
      byJ.hidden = true;
      try {
        await buildInstrumentTable(iTable, insts);
        byI.hidden = false;
        status.textContent = `Comparing ${insts.length} instrument${insts.length === 1 ? '' : 's'}.`;
      } catch {
        byJ.hidden = false;
        status.textContent = 'The instrument data could not be loaded; showing the jurisdiction comparison.';
      }
      return;
    }
    byI.hidden = true;
    byJ.hidden = false;
    if (!rows.length) {
      showOriginal();
      status.textContent = 'Showing the main rows.';
      return;
    }
    try {
      const data = await Promise.all(
        rows.map((r) => {
          if (!rowData.has(r)) rowData.set(r, json<RowComparison>(urls.api.compareRow(r)));
          return rowData.get(r) as Promise<RowComparison>;
        }),
      );
      const t = comparisonTable(data);
      renderJurisdictions(jTable, jSources, t);
      const blob = new Blob([comparisonCsv(t, location.origin)], { type: 'text/csv;charset=utf-8' });
      setCsv(URL.createObjectURL(blob), comparisonFileName(t));
      status.textContent = `Comparing ${rows.length} jurisdiction${rows.length === 1 ? '' : 's'}.`;
    } catch {
      rows.forEach((r) => rowData.delete(r));
      showOriginal();
      status.textContent = 'The comparison data could not be loaded; showing the main rows.';
    }
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const fd = new FormData(form);
    const rows = fd.getAll('rows').map(String);
    const insts = fd.getAll('instruments').map(String);
    const params = new URLSearchParams();
    if (insts.length) params.set('instruments', insts.slice(0, MAX_COMPARE).join(','));
    else if (rows.length) params.set('rows', rows.slice(0, MAX_COMPARE).join(','));
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    await apply(params);
    if (rows.length > MAX_COMPARE || insts.length > MAX_COMPARE)
      status.textContent += ` Only the first ${MAX_COMPARE} are shown.`;
  });
  window.addEventListener('popstate', () => void apply(new URLSearchParams(location.search)));
  void apply(new URLSearchParams(location.search));
}
