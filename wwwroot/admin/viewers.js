// Administrators create, list and revoke viewer accounts: local accounts limited to some regions and courts.
import { json, onSubmit, revokeButton } from '/admin/api.js';

const form = document.getElementById('viewer-form');
const [regions, courts] = await Promise.all(['/api/regions', '/api/courts'].map(p => json(p)));
const group = (label, options) => {
  const element = document.createElement('optgroup');
  element.label = label;
  element.append(...options);
  return element;
};
form.scopes.append(
  group('Regions (with their courts)', regions.map(r => new Option(r.name, `region:${r.id}`))),
  group('Courts', courts.map(c => new Option(`${c.name} (${c.regionName})`, `court:${c.id}`))));

const when = text => (text ? new Date(text).toLocaleString() : '—');

async function showViewers() {
  const viewers = await json('/api/admin/viewers');
  const body = document.createElement('tbody');
  for (const viewer of viewers) {
    const row = body.insertRow();
    const state = viewer.revokedAt ? `Revoked ${when(viewer.revokedAt)}` : 'Active';
    for (const text of [viewer.userName, viewer.scopeNames.join(', '), `${when(viewer.createdAt)} by ${viewer.createdBy ?? '?'}`,
      when(viewer.lastSignedIn), state]) row.insertCell().textContent = text;
    const action = row.insertCell();
    if (!viewer.revokedAt) {
      action.append(revokeButton(viewer.userName, `Revoke the account "${viewer.userName}"? It is signed out at once.`,
        `/api/admin/viewers/${viewer.id}`, showViewers));
    }
  }
  document.querySelector('#viewers tbody').replaceWith(body);
}

onSubmit(form, 'viewer-error', async () => {
  await json('/api/admin/viewers', {
    method: 'POST',
    body: JSON.stringify({ userName: form.userName.value, password: form.password.value,
      scopes: [...form.scopes.selectedOptions].map(o => o.value) }),
  });
  form.reset();
  await showViewers();
});

await showViewers();
