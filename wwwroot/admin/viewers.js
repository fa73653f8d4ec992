// Administrators create, list and revoke viewer accounts: local accounts limited to some regions and courts.
import { json, onSubmit, revokeButton } from '/admin/api.js';
import { moment, t } from '/admin/text.js';
import { named } from '/js/reference.js';

const form = document.getElementById('viewer-form');
const [regions, courts] = await Promise.all(['/api/regions', '/api/courts'].map(p => json(p)));
const regionName = id => named(regions.find(r => r.id === id));
// A scope in the page's language (the list's names are the court system's first language).
const scopeName = (scope, i, viewer) => {
  const [kind, id] = scope.split(':');
  return named((kind === 'region' ? regions : courts).find(e => e.id === Number(id))) || viewer.scopeNames[i];
};
const group = (label, options) => {
  const element = document.createElement('optgroup');
  element.label = label;
  element.append(...options);
  return element;
};
form.scopes.append(
  group(t('regionsWithCourts'), regions.map(r => new Option(named(r), `region:${r.id}`))),
  group(t('courtsHeading'), courts.map(c => new Option(`${named(c)} (${regionName(c.regionId)})`, `court:${c.id}`))));

async function showViewers() {
  const viewers = await json('/api/admin/viewers');
  const body = document.createElement('tbody');
  for (const viewer of viewers) {
    const row = body.insertRow();
    const state = viewer.revokedAt ? t('revokedOn', moment(viewer.revokedAt)) : t('active');
    for (const text of [viewer.userName, viewer.scopes.map((s, i) => scopeName(s, i, viewer)).join(', '), t('byWhom', moment(viewer.createdAt), viewer.createdBy ?? '?'),
      moment(viewer.lastSignedIn), state]) row.insertCell().textContent = text;
    const action = row.insertCell();
    if (!viewer.revokedAt) {
      action.append(revokeButton(viewer.userName, t('confirmRevokeViewer', viewer.userName), `/api/admin/viewers/${viewer.id}`, showViewers));
    }
  }
  document.querySelector('#viewers tbody').replaceWith(body);
}

onSubmit(form, 'viewer-error', async () => {
  await json('/api/admin/viewers', {
    method: 'POST',
    body: JSON.stringify({ userName: form.userName.value, password: form.password.value,
      scopes: [...form.scopes.selectedOptions].map(o => o.value) }),
  }, form);
  form.reset();
  await showViewers();
});

await showViewers();
