// Administrators set measures' targets and add annotations. Everything goes through the same API the dashboard
// reads, so a saved target recolours open dashboards and may raise an alert at once.
import { json, onSubmit } from '/admin/api.js';
import { day, language, number, percent, t } from '/admin/text.js';
import { named } from '/js/reference.js';

const [metrics, courts, categories, regions] = await Promise.all(['/api/metrics', '/api/courts', '/api/categories', '/api/regions'].map(p => json(p)));
const metricById = new Map(metrics.map(m => [m.id, m]));
const metricName = m => m.name[language()] ?? m.name.en;
const courtName = id => named(courts.find(c => c.id === id)) || t('everyScope');
const categoryName = code => named(categories.find(c => c.code === code)) || code;

const targetForm = document.getElementById('target-form');
const annotationForm = document.getElementById('annotation-form');
const option = (value, text) => new Option(text, value);

targetForm.metric.append(...metrics.filter(m => m.direction !== 'neutral').map(m => option(m.id, `${metricName(m)} (${t(`family-${m.family}`)})`)));
targetForm.courtId.append(...courts.map(c => option(c.id, `${named(c)} · ${named(regions.find(r => r.id === c.regionId)) || c.regionName}`)));
targetForm.category.append(...categories.map(c => option(c.code, named(c))));
annotationForm.scope.append(...regions.map(r => option(`region:${r.id}`, named(r))), ...courts.map(c => option(`court:${c.id}`, named(c))));

const isRatio = () => metricById.get(targetForm.metric.value)?.unit === 'ratio';
const showUnit = () => {
  const unit = metricById.get(targetForm.metric.value)?.unit;
  document.getElementById('target-unit').textContent = isRatio() ? ' %' : unit ? ` ${t(`unit-${unit}`)}` : '';
};
targetForm.metric.addEventListener('change', showUnit);
showUnit();

const formatTarget = (metric, value) => (metric?.unit === 'ratio' ? percent(value) : number(value, 2));

function scopeName(scope) {
  const [kind, id] = scope.split(':');
  if (kind === 'region') return named(regions.find(r => r.id === Number(id))) || scope;
  if (kind === 'court') return named(courts.find(c => c.id === Number(id))) || scope;
  return t('national');
}

function removeButton(onClick) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'link-button';
  button.textContent = t('remove');
  button.addEventListener('click', onClick);
  return button;
}

async function showTargets() {
  const targets = await json('/api/targets');
  const body = document.createElement('tbody');
  for (const target of targets) {
    const metric = metricById.get(target.metric);
    const row = body.insertRow();
    for (const text of [metric ? metricName(metric) : target.metric, courtName(target.courtId),
      target.category ? categoryName(target.category) : t('allShort'), formatTarget(metric, target.target), target.updatedBy]) {
      row.insertCell().textContent = text;
    }
    row.insertCell().append(removeButton(async () => { await json(`/api/targets/${target.id}`, { method: 'DELETE' }); await showTargets(); }));
  }
  document.querySelector('#targets tbody').replaceWith(body);
}

async function showAnnotations() {
  const scope = annotationForm.scope.value;
  const notes = await json(`/api/annotations?scope=${encodeURIComponent(scope)}`);
  const body = document.createElement('tbody');
  for (const note of notes) {
    const row = body.insertRow();
    for (const text of [day(note.date), scopeName(note.scope), note.text, note.createdBy]) row.insertCell().textContent = text;
    row.insertCell().append(removeButton(async () => { await json(`/api/annotations/${note.id}`, { method: 'DELETE' }); await showAnnotations(); }));
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
  }, targetForm);
  await showTargets();
});

onSubmit(annotationForm, 'annotation-error', async () => {
  await json('/api/annotations', {
    method: 'POST',
    body: JSON.stringify({ scope: annotationForm.scope.value, date: annotationForm.date.value, text: annotationForm.text.value }),
  }, annotationForm);
  annotationForm.text.value = '';
  await showAnnotations();
});
annotationForm.scope.addEventListener('change', showAnnotations);

await Promise.all([showTargets(), showAnnotations()]);
