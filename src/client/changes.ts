/** Narrows the list of changes to the dates in the URL (?from=&to=); without JS the whole list shows. */
export function startChanges() {
  const form = document.getElementById('changes-form') as HTMLFormElement;
  const status = document.getElementById('changes-status') as HTMLElement;
  const from = form.querySelector<HTMLInputElement>('#from')!;
  const to = form.querySelector<HTMLInputElement>('#to')!;
  const apply = () => {
    const p = new URLSearchParams(location.search);
    from.value = p.get('from') ?? '';
    to.value = p.get('to') ?? '';
    let shown = 0;
    document.querySelectorAll<HTMLElement>('.change-day').forEach((s) => {
      const d = s.dataset.date ?? '';
      s.hidden = (!!from.value && d <= from.value) || (!!to.value && d > to.value);
      if (!s.hidden) shown++;
    });
    status.textContent =
      from.value || to.value
        ? `${shown} dates with changes ${from.value ? `after ${from.value}` : ''} ` +
          `${to.value ? `up to ${to.value}` : ''}.`
        : '';
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    if (from.value) p.set('from', from.value);
    if (to.value) p.set('to', to.value);
    history.pushState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
    apply();
  });
  window.addEventListener('popstate', apply);
  apply();
}
