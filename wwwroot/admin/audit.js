// The audit log, a page of 50 entries at a time, newest first.
import { json } from '/admin/api.js';

const size = 50;
let page = 1;

async function show() {
  const audit = await json(`/api/admin/audit?page=${page}&size=${size}`);
  const body = document.createElement('tbody');
  for (const entry of audit.entries) {
    const row = body.insertRow();
    for (const text of [new Date(entry.at).toLocaleString(), entry.administrator, entry.action, entry.detail, entry.clientAddress ?? ''])
      row.insertCell().textContent = text;
  }
  document.querySelector('#audit tbody').replaceWith(body);
  const pages = Math.max(1, Math.ceil(audit.total / size));
  document.getElementById('audit-page').textContent = `Page ${page} of ${pages} (${audit.total} entries)`;
  document.getElementById('newer').disabled = page <= 1;
  document.getElementById('older').disabled = page >= pages;
}

document.getElementById('newer').addEventListener('click', () => { page -= 1; show(); });
document.getElementById('older').addEventListener('click', () => { page += 1; show(); });
await show();
