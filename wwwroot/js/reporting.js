// Courts that send statistical reports instead of cases have figures only for whole reported periods: a month of a
// yearly report is left empty, not zero. When the view's periods are shorter than some courts' reports, say so.
import { t } from './i18n.js';
import { getJson } from './reference.js';
import { rangeOf, scopeOf } from './state.js';

const order = ['day', 'month', 'quarter', 'half-year', 'year'];
let shown = null;

/** Asks how the scope's courts report over the view's span and shows the note when their periods are longer. */
export async function showReporting(state) {
  const { from, to } = rangeOf(state);
  const lengths = await getJson(`api/reporting?${new URLSearchParams({ scope: scopeOf(state), from, to })}`).catch(() => []);
  const step = order.indexOf(state.granularity);
  shown = step < 0 ? null : lengths.find(l => order.indexOf(l.length) > step) ?? null;
  renderReporting();
}

export function renderReporting() {
  const note = document.getElementById('reporting');
  note.hidden = shown === null;
  if (shown) note.textContent = t('reportedCoarser', shown.courts, t(`reported-${shown.length}`));
}
