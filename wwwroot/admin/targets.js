// Administrators set measures' targets and add annotations. Everything goes through the same API the dashboard
// reads, so a saved target recolours open dashboards and may raise an alert at once.
import { json, onSubmit } from '/admin/api.js';

const [metrics, courts, categories, regions] = await Promise.all(['/api/metrics', '/api/courts', '/api/categories', '/api/regions'].map(p => json(p)));
const metricById = new Map(metrics.map(m => [m.id, m]));
const courtName = id => courts.find(c => c.id === id)?.name ?? 'Every scope';

const targetForm = document.getElementById('target-form');
const annotationForm = document.getElementById('annotation-form');
const option = (value, text) => new Option(text, value);

targetForm.metric.append(...metrics.filter(m => m.direction !== 'neutral').map(m => option(m.id, `${m.name.en} (${m.family})`)));
targetForm.courtId.append(...courts.map(c => option(c.id, `${c.name} · ${c.regionName}`)));
targetForm.category.append(...categories.map(c => option(c.code, c.name)));
annotationForm.scope.append(...regions.map(r => option(`region:${r.id}`, r.name)), ...courts.map(c => option(`court:${c.id}`, c.name)));

const isRatio = () => metricById.get(targetForm.metric.value)?.unit === 'ratio';
const showUnit = () => { document.getElementById('target-unit').textContent = isRatio() ? ' %' : ` ${metricById.get(targetForm.metric.value)?.unit ?? ''}`; };
targetForm.metric.addEventListener('change', showUnit);
showUnit();

function formatTarget(metric, value) {
  return metric?.unit === 'ratio' ? `${(value * 100).toFixed(1)} %` : String(value);
}

function removeButton(label, onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = label;
  button.addEventListener('click', onClick);
  return button;
}

async function showTargets() {
  const targets = await json('/api/targets');
  const body = document.createElement('tbody');
  for (const target of targets) {
    const metric = metricById.get(target.metric);
    const row = body.insertRow();
    for (const text of [metric?.name.en ?? target.metric, courtName(target.courtId), target.category ?? 'All', formatTarget(metric, target.target), target.updatedBy]) {
      row.insertCell().textContent = text;
    }
    row.insertCell().append(removeButton(`Remove`, async () => { await json(`/api/targets/${target.id}`, { method: 'DELETE' }); await showTargets(); }));
  }
  document.querySelector('#targets tbody').replaceWith(body);
}

async function showAnnotations() {
  const scope = annotationForm.scope.value;
  const notes = await json(`/api/annotations?scope=${encodeURIComponent(scope)}`);
  const body = document.createElement('tbody');
  for (const note of notes) {
    const row = body.insertRow();
    for (const text of [note.date, note.scope, note.text, note.createdBy]) row.insertCell().textContent = text;
    row.insertCell().append(removeButton('Remove', async () => { await json(`/api/annotations/${note.id}`, { method: 'DELETE' }); await showAnnotations(); }));
  }
  document.querySelector('#annotations tbody').replaceWith(body);
}

onSubmit(targetForm, 'target-error', async () => {
  const value = Number(targetForm.target.value);
  await json('/api/targets', {
    method: 'PUT',
    body: JSON.stringify({
      metric: targetForm.metric.value,
      courtId: targetForm.courtId.value ? Number(targetForm.courtId.value) : null,
      category: targetForm.category.value || null,
      target: isRatio() ? value / 100 : value,
    }),
  });
  await showTargets();
});

onSubmit(annotationForm, 'annotation-error', async () => {
  await json('/api/annotations', {
    method: 'POST',
    body: JSON.stringify({ scope: annotationForm.scope.value, date: annotationForm.date.value, text: annotationForm.text.value }),
  });
  annotationForm.text.value = '';
  await showAnnotations();
});
annotationForm.scope.addEventListener('change', showAnnotations);

await Promise.all([showTargets(), showAnnotations()]);
