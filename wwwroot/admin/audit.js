// The audit log, a page of 50 entries at a time, newest first. An action the server names in words (a sign-in,
// the court system applied) is shown in the page's language; one named by its route (PUT /api/targets) stays as
// recorded, and so does the detail: they are the record of what was sent.
import { json } from '/admin/api.js';
import { count, moment, number, t } from '/admin/text.js';

const size = 50;
let page = 1;

function action(recorded) {
  const court = /^court (.+) (written|removed)$/.exec(recorded);
  if (court) return t(court[2] === 'written' ? 'actionCourtWritten' : 'actionCourtRemoved', court[1]);
  const key = `action-${recorded}`;
  return t(key) === key ? recorded : t(key);
}

// A sign-in's detail is the role it was given.
const detail = entry => (entry.action.startsWith('sign-in') && entry.detail ? t(`role-${entry.detail}`) : entry.detail);

async function show() {
  const audit = await json(`/api/admin/audit?page=${page}&size=${size}`);
  const body = document.createElement('tbody');
  for (const entry of audit.entries) {
    const row = body.insertRow();
    for (const text of [moment(entry.at), entry.administrator, action(entry.action), detail(entry), entry.clientAddress ?? ''])
      row.insertCell().textContent = text;
  }
  document.querySelector('#audit tbody').replaceWith(body);
  const pages = Math.max(1, Math.ceil(audit.total / size));
  document.getElementById('audit-page').textContent = t('auditPage', number(page), number(pages), count('countEntries', audit.total));
  document.getElementById('newer').disabled = page <= 1;
  document.getElementById('older').disabled = page >= pages;
}

document.getElementById('newer').addEventListener('click', () => { page -= 1; show(); });
document.getElementById('older').addEventListener('click', () => { page += 1; show(); });
await show();
