/** The compare page: applies the selection in the URL by hiding unchosen columns. Without JS the full comparison shows. */
import { MAX_COMPARE, parseSelection } from '../lib/compare';
import { COMPARISON_ROWS } from '../vocab';

function show(section: HTMLElement, chosen: readonly string[]) {
  section.querySelectorAll<HTMLElement>('[data-col]').forEach((cell) => {
    cell.hidden = chosen.length > 0 && !chosen.includes(cell.dataset.col ?? '');
  });
  // Hide topic rows where none of the chosen instruments has a provision.
  section.querySelectorAll<HTMLTableRowElement>('tr[data-topic]').forEach((tr) => {
    const visible = [...tr.querySelectorAll<HTMLElement>('td[data-col]')].filter((td) => !td.hidden);
    tr.hidden = visible.every((td) => !td.querySelector('ul'));
  });
}

export function startCompare() {
  const form = document.getElementById('compare-form') as HTMLFormElement;
  const status = document.getElementById('compare-status') as HTMLElement;
  const byJ = document.getElementById('by-jurisdiction') as HTMLElement;
  const byI = document.getElementById('by-instrument') as HTMLElement;
  const instrumentIds = [...form.querySelectorAll<HTMLInputElement>('input[name="instruments"]')].map((i) => i.value);

  const apply = (params: URLSearchParams) => {
    const rows = parseSelection(params, 'rows', COMPARISON_ROWS);
    const insts = parseSelection(params, 'instruments', instrumentIds);
    form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box) => {
      box.checked = (box.name === 'rows' ? rows : insts).includes(box.value);
    });
    if (insts.length) {
      byI.hidden = false;
      byJ.hidden = true;
      show(byI, insts);
      status.textContent = `Comparing ${insts.length} instrument${insts.length === 1 ? '' : 's'}.`;
    } else {
      byI.hidden = true;
      byJ.hidden = false;
      show(byJ, rows);
      status.textContent = rows.length ? `Comparing ${rows.length} jurisdiction${rows.length === 1 ? '' : 's'}.` : 'Showing every jurisdiction.';
    }
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const rows = data.getAll('rows').map(String);
    const insts = data.getAll('instruments').map(String);
    const params = new URLSearchParams();
    if (insts.length) params.set('instruments', insts.slice(0, MAX_COMPARE).join(','));
    else if (rows.length) params.set('rows', rows.slice(0, MAX_COMPARE).join(','));
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    apply(params);
    if (rows.length > MAX_COMPARE || insts.length > MAX_COMPARE) status.textContent += ` Only the first ${MAX_COMPARE} are shown.`;
  });
  window.addEventListener('popstate', () => apply(new URLSearchParams(location.search)));
  apply(new URLSearchParams(location.search));
}
