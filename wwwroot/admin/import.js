// Uploads a CSV file for import: the file is the request body (XMLHttpRequest, for its upload progress events),
// then the server's import is polled — step and rows read — until its report arrives. The server writes the
// refusals and the problems' reasons in the page's language; the page writes the rest from the counts.
import { refusal, send } from '/admin/api.js';
import { bytes, count, language, languageHeaders, number, percent, t } from '/admin/text.js';

const form = document.getElementById('import-form');
const error = document.getElementById('import-error');
const bar = document.getElementById('progress-bar');
const status = document.getElementById('import-status');
const steps = { queued: 'stepQueued', staging: 'stepStaging', checking: 'stepChecking', merging: 'stepMerging' };
const kinds = { cases: 'summaryCases', 'budget-lines': 'summaryBudgetLines', reports: 'summaryReports', 'yearly-statistics': 'summaryYearly' };

function upload(file) {
  const query = new URLSearchParams({
    kind: form.kind.value, encoding: form.encoding.value, delimiter: form.delimiter.value,
    decimalComma: form.decimalComma.checked, acceptValid: form.acceptValid.checked, fileName: file.name,
  });
  if (form.thousands.value) query.set('thousands', form.thousands.value);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/imports?${query}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    for (const [name, value] of Object.entries(languageHeaders())) request.setRequestHeader(name, value);
    request.responseType = 'json';
    request.upload.addEventListener('progress', event => {
      if (!event.lengthComputable) return;
      bar.value = (100 * event.loaded) / event.total;
      status.textContent = t('uploading', percent(bar.value / 100, 0), bytes(event.loaded), bytes(event.total));
    });
    request.addEventListener('load', () => (request.status === 202
      ? resolve(request.response)
      : reject(new Error(request.response ? refusal(request.response, request.status) : t('uploadRefused', request.status)))));
    request.addEventListener('error', () => reject(new Error(t('serverUnreachable'))));
    request.send(file);
  });
}

async function follow(id) {
  for (;;) {
    const response = await send(`/api/imports/${id}`);
    const run = await response.json().catch(() => null);
    if (!response.ok) throw new Error(refusal(run, response.status));
    if (run.phase === 'failed') throw new Error(run.error);
    if (run.report) return run;
    bar.value = run.fileBytes ? (100 * run.bytesRead) / run.fileBytes : 0;
    status.textContent = t('rowsRead', steps[run.phase] ? t(steps[run.phase]) : run.phase, number(run.rowsRead), bytes(run.bytesRead), bytes(run.fileBytes));
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

function fill(table, rows) {
  const body = document.createElement('tbody');
  for (const cells of rows) {
    const row = body.insertRow();
    for (const text of cells) row.insertCell().textContent = text ?? '';
  }
  table.tBodies[0].replaceWith(body);
  table.hidden = rows.length === 0;
}

function show(run) {
  const report = run.report;
  document.getElementById('report').hidden = false;
  const kind = t(kinds[run.kind] ?? run.kind);
  document.getElementById('report-summary').textContent = report.written
    ? t('importWritten', kind, number(report.rowsRead), number(report.rowsInserted), number(report.rowsUpdated),
      number(report.rowsUnchanged), number(report.rowsRejected))
    : t('importNotWritten', kind, number(report.rowsRejected), number(report.rowsRead), count('countProblems', report.problemCount));
  fill(document.getElementById('problems'), report.problems.map(p => [p.line, p.column, p.reason, p.value]));
  fill(document.getElementById('totals'), report.totals.map(t => [t.reason, number(t.problems), number(t.lines)]));
  fill(document.getElementById('warnings'), report.warnings.map(p => [p.line, p.column, p.reason, p.value]));
  // the CSV in the page's language's separators (';' and a decimal comma for kk and ru), or a workbook
  for (const format of ['csv', 'xlsx']) {
    const link = document.getElementById(`rejected-${format}`);
    link.hidden = !report.hasRejectedRows;
    link.href = `/api/imports/${run.id}/rejected.${format}?lang=${encodeURIComponent(language())}`;
  }
  bar.value = 100;
  status.textContent = t(report.written ? 'importDone' : 'importRefused');
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const file = form.file.files[0];
  if (!file) return;
  const button = form.querySelector('button[type=submit]');
  error.textContent = '';
  button.disabled = true;
  document.getElementById('report').hidden = true;
  document.getElementById('import-progress').hidden = false;
  try {
    const started = await upload(file);
    show(await follow(started.id));
  } catch (e) {
    error.textContent = e.message;
    status.textContent = '';
  } finally {
    button.disabled = false;
  }
});
