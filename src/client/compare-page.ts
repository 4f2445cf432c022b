/**
 * The compare page: applies the selection in the URL. Jurisdiction columns are pre-rendered and shown
 * or hidden; instrument columns are built from /api/compare/instruments.json with DOM text nodes only.
 * Without JavaScript the full jurisdiction comparison shows.
 */
import type { InstrumentCompareData } from '../lib/compare';
import { MAX_COMPARE, parseSelection } from '../lib/compare';
import { COMPARISON_ROWS, JURISDICTION_SHORT, type JurisdictionId } from '../vocab';
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

function showColumns(section: HTMLElement, chosen: readonly string[]) {
  section.querySelectorAll<HTMLElement>('[data-col]').forEach((cell) => {
    cell.hidden = chosen.length > 0 && !chosen.includes(cell.dataset.col ?? '');
  });
}

let data: Promise<InstrumentCompareData> | undefined;

async function buildInstrumentTable(table: HTMLTableElement, ids: readonly string[]) {
  data ??= fetch(urls.api.compareInstruments()).then((r) => r.json() as Promise<InstrumentCompareData>);
  const { topics, instruments } = await data;
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
                      `: ${p.title}${p.penalty ? ` (${p.penalty})` : ''}`,
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
  const table = document.getElementById('instrument-table') as HTMLTableElement;
  const instrumentIds = [...form.querySelectorAll<HTMLInputElement>('input[name="instruments"]')].map((i) => i.value);

  const apply = async (params: URLSearchParams) => {
    const rows = parseSelection(params, 'rows', COMPARISON_ROWS);
    const insts = parseSelection(params, 'instruments', instrumentIds);
    form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
      box.checked = (box.name === 'rows' ? rows : insts).includes(box.value);
    });
    if (insts.length) {
      byJ.hidden = true;
      try {
        await buildInstrumentTable(table, insts);
        byI.hidden = false;
        status.textContent = `Comparing ${insts.length} instrument${insts.length === 1 ? '' : 's'}.`;
      } catch {
        byJ.hidden = false;
        status.textContent = 'The instrument data could not be loaded; showing the jurisdiction comparison.';
      }
    } else {
      byI.hidden = true;
      byJ.hidden = false;
      showColumns(byJ, rows);
      status.textContent = rows.length
        ? `Comparing ${rows.length} jurisdiction${rows.length === 1 ? '' : 's'}.`
        : 'Showing every jurisdiction.';
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
