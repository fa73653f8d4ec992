// Courts that send statistical reports instead of cases have figures only for whole reported periods: a month of a
// yearly report is left empty, not zero; and reports give no durations. When the view shows less than it could
// for that reason, say so.
import { t } from './i18n.js';
import { getJson } from './reference.js';
import { rangeOf, scopeOf } from './state.js';

const order = ['day', 'month', 'quarter', 'half-year', 'year'];
// Views whose measures need case rows: durations and the age of the pending caseload.
const caseRowViews = new Set(['durations']);
let shown = null;

/** Asks how the scope's courts report over the view's span and shows the note when their reports explain a gap. */
export async function showReporting(state) {
  const { from, to } = rangeOf(state);
  const reporting = await getJson(`api/reporting?${new URLSearchParams({ scope: scopeOf(state), from, to })}`)
    .catch(() => ({ lengths: [], caseRows: true }));
  const step = order.indexOf(state.granularity);
  const coarser = step < 0 ? null : reporting.lengths.find(l => order.indexOf(l.length) > step) ?? null;
  shown = caseRowViews.has(state.view) && reporting.lengths.length > 0 && !reporting.caseRows ? { notReported: true }
    : coarser;
  renderReporting();
}

export function renderReporting() {
  const note = document.getElementById('reporting');
  note.hidden = shown === null;
  if (!shown) return;
  note.textContent = shown.notReported ? t('notReported') : t('reportedCoarser', shown.courts, t(`reported-${shown.length}`));
}
