// Administrators compose, edit and delete presentation playlists; each saved one opens kiosk-style by its URL.
import { json, onSubmit } from '/admin/api.js';
import { language, moment, number, t } from '/admin/text.js';
import { languages } from '/js/i18n.js';
import { downloadDeck } from '/js/presentation/deck.js';
import { named } from '/js/reference.js';

const form = document.getElementById('playlist-form');
const slidesBody = document.querySelector('#slides tbody');
const error = document.getElementById('playlist-error');
const [metrics, regions, courts] = await Promise.all(['/api/metrics', '/api/regions', '/api/courts'].map(p => json(p)));
let editing = null; // the id of the playlist in the form, or null for a new one

const metricName = m => m.name[language()] ?? m.name.en;
const languageName = code => languages.find(l => l.code === code)?.name ?? code;

form.scope.append(new Option(t('national'), 'nation'),
  ...regions.map(r => new Option(t('scopeRegion', named(r)), `region:${r.id}`)),
  ...courts.map(c => new Option(t('scopeCourt', named(c)), `court:${c.id}`)));

const select = (name, options, value) => {
  const element = document.createElement('select');
  element.setAttribute('aria-label', t(name));
  element.append(...options.map(([v, label]) => new Option(label, v)));
  element.value = value;
  return element;
};

// A title slide (the court system's name and its headline figures) and a closing one (the public dashboard's QR
// code) take no measure or peers of their own.
const framing = kind => kind === 'title' || kind === 'closing';

function addSlide(slide = { kind: 'measure', metric: metrics[0].id }) {
  const row = slidesBody.insertRow();
  row.insertCell().textContent = String(slidesBody.rows.length);
  const kind = select('kind', [['title', t('slideTitle')], ['measure', t('slideMeasure')], ['chart', t('slideChart')],
    ['comparison', t('slideComparison')], ['map', t('slideMap')], ['closing', t('slideClosing')]], slide.kind);
  row.insertCell().append(kind);
  const metric = select('measure', metrics.map(m => [m.id, metricName(m)]), slide.metric ?? metrics[0].id);
  row.insertCell().append(metric);
  const peers = Object.assign(document.createElement('input'), { value: (slide.peers ?? []).join(', ') });
  peers.setAttribute('aria-label', t('peerUnits'));
  row.insertCell().append(peers);
  if (slide.metrics) row.dataset.metrics = JSON.stringify(slide.metrics); // a title slide's own headline, kept as it is
  const framed = () => { metric.disabled = peers.disabled = framing(kind.value); };
  kind.addEventListener('change', framed);
  framed();
  const remove = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: t('remove') });
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
  if (framing(kind.firstChild.value))
    return { kind: kind.firstChild.value, metrics: kind.firstChild.value === 'title' && row.dataset.metrics ? JSON.parse(row.dataset.metrics) : null };
  const codes = peers.firstChild.value.split(',').map(s => s.trim()).filter(Boolean);
  return { kind: kind.firstChild.value, metric: metric.firstChild.value, peers: codes.length ? codes : null };
});

async function showPlaylists() {
  const playlists = await json('/api/playlists');
  const body = document.createElement('tbody');
  for (const playlist of playlists) {
    const row = body.insertRow();
    for (const value of [playlist.name, number(playlist.slides.length),
      [playlist.language, playlist.captionLanguage].filter(Boolean).map(languageName).join(' + '),
      t('byWhom', moment(playlist.updatedAt), playlist.updatedBy)]) row.insertCell().textContent = value;
    const actions = row.insertCell();
    const open = Object.assign(document.createElement('a'), { href: `/present.html?playlist=${playlist.id}`, textContent: t('presentName', playlist.name), target: '_blank' });
    const button = (label, action) => {
      const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: label });
      b.addEventListener('click', action);
      return b;
    };
    actions.append(open, ' ',
      button(t('editName', playlist.name), () => fill(playlist)), ' ',
      button(t('downloadPptx', playlist.name), () => downloadDeck(playlist)), ' ',
      button(t('deleteName', playlist.name), async () => {
        if (!confirm(t('confirmDeletePlaylist', playlist.name))) return;
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
  const saved = await json(editing ? `/api/playlists/${editing}` : '/api/playlists', { method: editing ? 'PUT' : 'POST', body: JSON.stringify(body) }, form);
  fill(saved);
  await showPlaylists();
});

fill(null);
form.hidden = false; // shown once the catalogue and scopes are in, so nothing typed is reset
await showPlaylists();
