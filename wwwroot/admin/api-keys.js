// Administrators create (the secret is shown once), list and revoke the source systems' API keys.
import { json, onSubmit, revokeButton } from '/admin/api.js';
import { moment, t } from '/admin/text.js';
import { named } from '/js/reference.js';

const form = document.getElementById('key-form');
const courts = await json('/api/courts');
form.courts.append(...courts.map(c => new Option(`${c.code} · ${named(c)}`, c.code)));

async function showKeys() {
  const keys = await json('/api/admin/api-keys');
  const body = document.createElement('tbody');
  for (const key of keys) {
    const row = body.insertRow();
    const state = key.revokedAt ? t('revokedOn', moment(key.revokedAt)) : t('active');
    for (const text of [key.name, key.sourceSystem, `${key.prefix}…`, key.courts?.join(', ') ?? t('everyCourt'),
      t('byWhom', moment(key.createdAt), key.createdBy), state]) row.insertCell().textContent = text;
    const action = row.insertCell();
    if (!key.revokedAt) {
      action.append(revokeButton(key.name, t('confirmRevokeKey', key.name), `/api/admin/api-keys/${key.id}`, showKeys));
    }
  }
  document.querySelector('#keys tbody').replaceWith(body);
}

onSubmit(form, 'key-error', async () => {
  const chosen = [...form.courts.selectedOptions].map(o => o.value);
  const created = await json('/api/admin/api-keys', {
    method: 'POST',
    body: JSON.stringify({ name: form.name.value, sourceSystem: form.sourceSystem.value, courts: chosen.length ? chosen : null }),
  }, form);
  document.getElementById('new-key-value').textContent = created.key;
  document.getElementById('new-key').hidden = false;
  form.reset();
  await showKeys();
});

await showKeys();
