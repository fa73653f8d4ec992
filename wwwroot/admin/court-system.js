// The court system page: try and apply a court-system file (changes listed before anything is written), download
// the current one, and edit one court (names in each language, region, level, court above it, opening and closing).
import { json, refusal, send as request, onSubmit } from '/admin/api.js';
import { count, day, language, t } from '/admin/text.js';

const byId = id => document.getElementById(id);
let system = null;
let tried = null; // the file text a dry run accepted

function showOutcome(outcome, problems = []) {
  byId('outcome').hidden = false;
  byId('outcome-summary').textContent = outcome.summary ?? '';
  const lines = problems.length ? problems : outcome?.changes ?? [];
  byId('outcome-lines').replaceChildren(...lines.map(line => Object.assign(document.createElement('li'), { textContent: line })));
}

async function send(path, method, body) {
  const response = await request(path, { method, body }).catch(() => { throw new Error(t('serverUnreachable')); });
  const answer = await response.json().catch(() => null);
  if (response.ok) return { outcome: answer };
  // The server says the outcome, its changes and problems in the page's language (Accept-Language).
  return { outcome: { summary: refusal(answer, response.status).split('\n')[0] }, problems: answer?.problems ?? [] };
}

onSubmit(byId('file-form'), 'file-error', async () => {
  const text = await byId('f-file').files[0].text();
  const { outcome, problems } = await send('/api/court-system?dryRun=true', 'PUT', text);
  showOutcome(outcome, problems);
  tried = problems?.length || !outcome.changes?.length ? null : text;
  byId('apply').disabled = tried === null;
});

byId('apply').addEventListener('click', async () => {
  const { outcome, problems } = await send('/api/court-system', 'PUT', tried);
  showOutcome(outcome, problems);
  tried = null;
  byId('apply').disabled = true;
  await load();
});

byId('download').addEventListener('click', () => {
  const blob = new Blob([JSON.stringify(system, null, 2)], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'court-system.json' });
  link.click();
  URL.revokeObjectURL(link.href);
});

const latest = years => (years ?? []).filter(y => y.judges != null).at(-1)?.judges ?? '';
const open = court => (court.closed ? t('openUntil', day(court.closed)) : court.opened ? t('openSince', day(court.opened)) : t('openAlways'));

function showCourts() {
  byId('counts').textContent = t('courtSystemCounts', count('countRegions', system.regions.length), count('countCourts', system.courts.length),
    count('countCategories', system.categories.length), system.languages.join(', '));
  const body = document.createElement('tbody');
  for (const court of system.courts) {
    const row = body.insertRow();
    row.dataset.code = court.code;
    const names = system.languages.map(l => `${l}: ${court.names[l] ?? '—'}`).join(' · ');
    for (const text of [court.code, names, court.region, court.level, court.parent ?? '', open(court), latest(court.years)])
      row.insertCell().textContent = text;
    const edit = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button edit', textContent: t('editName', court.code) });
    edit.addEventListener('click', () => editCourt(court));
    row.insertCell().append(edit);
  }
  byId('courts').tBodies[0].replaceWith(body);
}

// An entry's name in the page's language when the court system offers it, else in its first language.
const nameOf = entry => entry.names[language()] ?? entry.names[system.languages[0]];

function editCourt(court) {
  const form = byId('court-form');
  form.code.value = court.code;
  byId('c-names').replaceChildren(...system.languages.map(language => {
    const field = Object.assign(document.createElement('div'), { className: 'field' });
    const label = Object.assign(document.createElement('label'), { htmlFor: `c-name-${language}`, textContent: t('nameIn', language) });
    const input = Object.assign(document.createElement('input'), { id: `c-name-${language}`, value: court.names[language] ?? '', maxLength: 200 });
    input.dataset.language = language;
    field.append(label, ' ', input);
    return field;
  }));
  form.region.replaceChildren(...system.regions.map(r => new Option(`${r.code} · ${nameOf(r)}`, r.code)));
  form.level.replaceChildren(...system.levels.map(l => new Option(nameOf(l) ?? l.code, l.code)));
  form.parent.replaceChildren(new Option(t('none'), ''), ...system.courts.filter(c => c.code !== court.code).map(c => new Option(c.code, c.code)));
  form.region.value = court.region;
  form.level.value = court.level;
  form.parent.value = court.parent ?? '';
  form.opened.value = court.opened ?? '';
  form.closed.value = court.closed ?? '';
  byId('court-error').textContent = '';
  form.dataset.code = court.code;
  byId('court-dialog').showModal();
}

byId('cancel-court').addEventListener('click', () => byId('court-dialog').close());

onSubmit(byId('court-form'), 'court-error', async () => {
  const form = byId('court-form');
  const court = system.courts.find(c => c.code === form.dataset.code);
  const names = Object.fromEntries([...byId('c-names').querySelectorAll('input')].filter(i => i.value.trim()).map(i => [i.dataset.language, i.value.trim()]));
  const changed = { ...court, names, region: form.region.value, level: form.level.value, parent: form.parent.value || null,
    opened: form.opened.value || null, closed: form.closed.value || null };
  const { outcome, problems } = await send(`/api/court-system/courts/${encodeURIComponent(court.code)}`, 'PUT', JSON.stringify(changed));
  if (problems?.length) throw new Error(problems.join('\n'));
  byId('court-dialog').close();
  showOutcome(outcome);
  await load();
});

async function load() {
  system = await json('/api/court-system');
  showCourts();
}

await load();
