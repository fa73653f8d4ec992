// Administrators compose, edit and delete presentation playlists; each saved one opens kiosk-style by its URL.
import { json, onSubmit } from '/admin/api.js';
import { downloadDeck } from '/js/presentation/deck.js';

const form = document.getElementById('playlist-form');
const slidesBody = document.querySelector('#slides tbody');
const error = document.getElementById('playlist-error');
const [metrics, regions, courts] = await Promise.all(['/api/metrics', '/api/regions', '/api/courts'].map(p => json(p)));
let editing = null; // the id of the playlist in the form, or null for a new one

form.scope.append(new Option('National', 'nation'),
  ...regions.map(r => new Option(`Region: ${r.name}`, `region:${r.id}`)),
  ...courts.map(c => new Option(`Court: ${c.name}`, `court:${c.id}`)));

const select = (name, options, value) => {
  const element = document.createElement('select');
  element.setAttribute('aria-label', name);
  element.append(...options.map(([v, label]) => new Option(label, v)));
  element.value = value;
  return element;
};

function addSlide(slide = { kind: 'measure', metric: metrics[0].id }) {
  const row = slidesBody.insertRow();
  row.insertCell().textContent = String(slidesBody.rows.length);
  row.insertCell().append(select('Kind', [['measure', 'Measure'], ['chart', 'Chart'], ['comparison', 'Comparison'], ['map', 'Map of the regions']], slide.kind));
  row.insertCell().append(select('Measure', metrics.map(m => [m.id, m.name.en]), slide.metric));
  const peers = Object.assign(document.createElement('input'), { value: (slide.peers ?? []).join(', ') });
  peers.setAttribute('aria-label', 'Peer units');
  row.insertCell().append(peers);
  const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: 'Remove' });
  remove.addEventListener('click', () => { row.remove(); [...slidesBody.rows].forEach((r, i) => { r.cells[0].textContent = String(i + 1); }); });
  row.insertCell().append(remove);
}

function fill(playlist) {
  editing = playlist?.id ?? null;
  form.name.value = playlist?.name ?? '';
  form.language.value = playlist?.language ?? 'en';
  form.captionLanguage.value = playlist?.captionLanguage ?? '';
  form.intervalSeconds.value = playlist?.intervalSeconds ?? 15;
  form.theme.value = playlist?.theme ?? 'dark';
  form.scope.value = playlist?.scope ?? 'nation';
  slidesBody.replaceChildren();
  (playlist?.slides ?? [{ kind: 'measure', metric: metrics[0].id }]).forEach(slide => addSlide(slide));
  error.textContent = '';
}

const readSlides = () => [...slidesBody.rows].map(row => {
  const [, kind, metric, peers] = row.cells;
  const codes = peers.firstChild.value.split(',').map(s => s.trim()).filter(Boolean);
  return { kind: kind.firstChild.value, metric: metric.firstChild.value, peers: codes.length ? codes : null };
});

async function showPlaylists() {
  const playlists = await json('/api/playlists');
  const body = document.createElement('tbody');
  for (const playlist of playlists) {
    const row = body.insertRow();
    for (const value of [playlist.name, playlist.slides.length, [playlist.language, playlist.captionLanguage].filter(Boolean).join(' + '),
      `${new Date(playlist.updatedAt).toLocaleString()} by ${playlist.updatedBy}`]) row.insertCell().textContent = String(value);
    const actions = row.insertCell();
    const open = Object.assign(document.createElement('a'), { href: `/present.html?playlist=${playlist.id}`, textContent: `Present ${playlist.name}`, target: '_blank' });
    const button = (label, action) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: label });
      b.addEventListener('click', action);
      return b;
    };
    actions.append(open, ' ',
      button(`Edit ${playlist.name}`, () => fill(playlist)), ' ',
      button(`Download ${playlist.name} as PPTX`, () => downloadDeck(playlist)), ' ',
      button(`Delete ${playlist.name}`, async () => {
        if (!confirm(`Delete the playlist "${playlist.name}"? Screens playing it switch to the showcase at their next start.`)) return;
        await json(`/api/playlists/${playlist.id}`, { method: 'DELETE' });
        if (editing === playlist.id) fill(null);
        await showPlaylists();
      }));
  }
  document.querySelector('#playlists tbody').replaceWith(body);
}

document.getElementById('add-slide').addEventListener('click', () => addSlide());
document.getElementById('new-playlist').addEventListener('click', () => fill(null));
onSubmit(form, 'playlist-error', async () => {
  const body = {
    name: form.name.value, language: form.language.value, captionLanguage: form.captionLanguage.value || null,
    intervalSeconds: Number(form.intervalSeconds.value), theme: form.theme.value, scope: form.scope.value, slides: readSlides(),
  };
  const saved = await json(editing ? `/api/playlists/${editing}` : '/api/playlists', { method: editing ? 'PUT' : 'POST', body: JSON.stringify(body) });
  fill(saved);
  await showPlaylists();
});

fill(null);
form.hidden = false; // shown once the catalogue and scopes are in, so nothing typed is reset
await showPlaylists();
