/** Date control: sends any date to the pre-rendered view of the last key date on or before it. */
import { keyDateFor } from '../lib/history';
import { urls } from '../lib/urls';

export function startDateControl() {
  const form = document.querySelector<HTMLFormElement>('[data-as-of-form]');
  if (!form) return;
  const dates = (form.dataset.dates ?? '').split(',').filter(Boolean);
  const topic = form.dataset.topic;
  const input = form.querySelector<HTMLInputElement>('input[type="date"]')!;
  const note = form.querySelector<HTMLElement>('[data-as-of-note]')!;
  const asked = new URLSearchParams(location.search).get('date');
  const shown = location.pathname.match(/\/as-of\/(\d{4}-\d{2}-\d{2})\//)?.[1];
  if (asked && shown && asked !== shown) {
    input.value = asked;
    note.textContent =
      `You asked for ${asked}. Nothing in this view changed between ${shown} and that date, so ` +
      `this is the law on ${asked}.`;
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const d = input.value;
    const key = keyDateFor(dates, d);
    if (!key) {
      note.textContent = `No data before ${dates[0]}: choose a later date.`;
      return;
    }
    location.href = `${topic ? urls.asOfTopic(key, topic) : urls.asOf(key)}${key === d ? '' : `?date=${d}`}`;
  });
}
