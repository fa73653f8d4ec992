// Uploads a CSV file for import: the file is the request body (XMLHttpRequest, for its upload progress events),
// then the server's import is polled — step and rows read — until its report arrives.
const form = document.getElementById('import-form');
const error = document.getElementById('import-error');
const bar = document.getElementById('progress-bar');
const status = document.getElementById('import-status');
const number = n => n.toLocaleString('en-US');
const size = bytes => (bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);
const steps = { queued: 'Queued', staging: 'Reading the file', checking: 'Checking every row', merging: 'Merging the good rows' };

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
    request.responseType = 'json';
    request.upload.addEventListener('progress', event => {
      if (!event.lengthComputable) return;
      bar.value = (100 * event.loaded) / event.total;
      status.textContent = `Uploading: ${Math.round(bar.value)} % (${size(event.loaded)} of ${size(event.total)})`;
    });
    request.addEventListener('load', () => (request.status === 202
      ? resolve(request.response)
      : reject(new Error(request.response?.detail ?? `The upload was refused (${request.status}).`))));
    request.addEventListener('error', () => reject(new Error('The server cannot be reached.')));
    request.send(file);
  });
}

async function follow(id) {
  for (;;) {
    const response = await fetch(`/api/imports/${id}`, { headers: { Accept: 'application/json' } });
    const run = await response.json();
    if (!response.ok) throw new Error(run.detail ?? `${response.status}`);
    if (run.phase === 'failed') throw new Error(run.error);
    if (run.report) return run;
    bar.value = run.fileBytes ? (100 * run.bytesRead) / run.fileBytes : 0;
    status.textContent = `${steps[run.phase] ?? run.phase}: ${number(run.rowsRead)} rows read (${size(run.bytesRead)} of ${size(run.fileBytes)})`;
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
  document.getElementById('report-summary').textContent = report.message.split('\n')[0];
  fill(document.getElementById('problems'), report.problems.map(p => [p.line, p.column, p.reason, p.value]));
  fill(document.getElementById('totals'), report.totals.map(t => [t.reason, number(t.problems), number(t.lines)]));
  fill(document.getElementById('warnings'), report.warnings.map(p => [p.line, p.column, p.reason, p.value]));
  const link = document.getElementById('rejected-link');
  link.hidden = !report.hasRejectedRows;
  link.href = `/api/imports/${run.id}/rejected.csv`;
  bar.value = 100;
  status.textContent = report.written ? 'Done.' : 'Refused: nothing was written.';
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
