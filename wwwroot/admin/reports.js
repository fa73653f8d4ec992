// Administrators schedule views' reports by e-mail, subscribe addresses and webhooks to alerts (a webhook's secret
// is shown once), and read the log of every delivery.
import { json, onSubmit } from '/admin/api.js';
import { moment, number, t } from '/admin/text.js';
import { named } from '/js/reference.js';

const form = document.getElementById('schedule-form');
const subscriptionForm = document.getElementById('subscription-form');
const [status, regions, courts] = await Promise.all(['/api/admin/reports/status', '/api/regions', '/api/courts'].map(p => json(p)));
let editing = null; // the id of the schedule in the form, or null for a new one

document.getElementById('mail-off').hidden = status.mailConfigured;
form.view.append(...status.views.map(v => new Option(v.name, v.id)));
form.scope.append(new Option(t('national'), 'nation'),
  ...regions.map(r => new Option(t('scopeRegion', named(r)), `region:${r.id}`)),
  ...courts.map(c => new Option(t('scopeCourt', named(c)), `court:${c.id}`)));
form.period.append(...status.periods.map(p => new Option(t(`period-${p}`), p)));
form.format.append(...status.formats.map(f => Object.assign(new Option(f.toUpperCase(), f), { disabled: !status.availableFormats.includes(f) })));
form.weekday.append(...[0, 1, 2, 3, 4, 5, 6].map(d => new Option(t(`weekday-${d}`), String(d))));

const viewName = id => status.views.find(v => v.id === id)?.name ?? id;
const scopeName = scope => form.scope.querySelector(`option[value="${scope}"]`)?.textContent ?? scope;
const hour = h => `${String(h).padStart(2, '0')}:00 UTC`;
const cadenceText = s => ({
  daily: () => t('cadenceDailyAt', hour(s.hour)),
  weekly: () => t('cadenceWeeklyAt', t(`weekday-${s.weekday}`), hour(s.hour)),
  monthly: () => t('cadenceMonthlyAt', number(s.dayOfMonth), hour(s.hour)),
})[s.cadence]?.() ?? `cron ${s.cron}`;

function shownFields() {
  const cadence = form.cadence.value;
  form.weekday.closest('.field').hidden = cadence !== 'weekly';
  form.dayOfMonth.closest('.field').hidden = cadence !== 'monthly';
  form.hour.closest('.field').hidden = cadence === 'cron';
  form.cron.closest('.field').hidden = cadence !== 'cron';
}
form.cadence.addEventListener('change', shownFields);

function fill(schedule) {
  editing = schedule?.id ?? null;
  form.name.value = schedule?.name ?? '';
  form.view.value = schedule?.view ?? status.views[0].id;
  form.scope.value = schedule?.scope ?? 'nation';
  form.period.value = schedule?.period ?? 'last12';
  form.language.value = schedule?.language ?? 'en';
  form.format.value = schedule?.format ?? 'pptx';
  form.recipients.value = (schedule?.recipients ?? []).join('\n');
  form.cadence.value = schedule?.cadence ?? 'weekly';
  form.weekday.value = String(schedule?.weekday ?? 1);
  form.dayOfMonth.value = schedule?.dayOfMonth ?? 1;
  form.hour.value = schedule?.hour ?? 6;
  form.cron.value = schedule?.cadence === 'cron' ? schedule.cron : '';
  document.getElementById('schedule-error').textContent = '';
  shownFields();
}

const button = (label, action) => {
  const b = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: label });
  b.addEventListener('click', action);
  return b;
};
const note = document.getElementById('schedule-note');

/** Replaces a table's rows: one per item, its texts, then (when given) a cell of its actions. */
function fillTable(id, items, texts, actions = null) {
  const body = document.createElement('tbody');
  for (const item of items) {
    const row = body.insertRow();
    for (const text of texts(item)) row.insertCell().textContent = text;
    if (actions) row.insertCell().append(...actions(item));
  }
  document.querySelector(`#${id} tbody`).replaceWith(body);
}

async function showSchedules() {
  fillTable('schedules', await json('/api/admin/reports/schedules'), s => [s.name, `${viewName(s.view)} · ${s.format.toUpperCase()}`,
    scopeName(s.scope), cadenceText(s), s.recipients.join(', '), t('byWhom', moment(s.updatedAt), s.updatedBy)], s => [
    button(t('editName', s.name), () => fill(s)), ' ',
    button(t('sendNowName', s.name), async () => {
      note.textContent = t('sending');
      try {
        await json(`/api/admin/reports/schedules/${s.id}/send`, { method: 'POST' });
        note.textContent = t('reportSent', s.name);
      } catch (e) {
        note.textContent = e.message;
      }
      await showDeliveries();
    }), ' ',
    button(t('deleteName', s.name), async () => {
      if (!confirm(t('confirmDeleteSchedule', s.name))) return;
      await json(`/api/admin/reports/schedules/${s.id}`, { method: 'DELETE' });
      if (editing === s.id) fill(null);
      await showSchedules();
    })]);
}

async function showSubscriptions() {
  fillTable('subscriptions', await json('/api/admin/reports/subscriptions'), s => [t(s.kind === 'email' ? 'kindEmail' : 'kindWebhook'),
    s.address, s.language, t('byWhom', moment(s.createdAt), s.createdBy)], s => [button(t('removeName', s.address), async () => {
    await json(`/api/admin/reports/subscriptions/${s.id}`, { method: 'DELETE' });
    await showSubscriptions();
  })]);
}

async function showDeliveries() {
  fillTable('deliveries', await json('/api/admin/reports/deliveries'), d => [moment(d.at),
    d.scheduleId ? t('deliveryReport', d.scheduleName ?? `#${d.scheduleId}`) : t('deliveryAlert', d.alertId), d.recipient,
    t(d.outcome === 'sent' ? 'outcomeSent' : 'outcomeFailed'), number(d.attempt), d.error ?? '']);
}

document.getElementById('new-schedule').addEventListener('click', () => fill(null));
onSubmit(form, 'schedule-error', async () => {
  const cadence = form.cadence.value;
  const body = {
    name: form.name.value, view: form.view.value, scope: form.scope.value, period: form.period.value,
    language: form.language.value, format: form.format.value,
    recipients: form.recipients.value.split(/[\n,;]/).map(r => r.trim()).filter(Boolean), cadence,
    weekday: cadence === 'weekly' ? Number(form.weekday.value) : null,
    dayOfMonth: cadence === 'monthly' ? Number(form.dayOfMonth.value) : null,
    hour: cadence === 'cron' ? null : Number(form.hour.value),
    cron: cadence === 'cron' ? form.cron.value : null,
  };
  const saved = await json(editing ? `/api/admin/reports/schedules/${editing}` : '/api/admin/reports/schedules',
    { method: editing ? 'PUT' : 'POST', body: JSON.stringify(body) }, form);
  fill(saved);
  await showSchedules();
});

onSubmit(subscriptionForm, 'subscription-error', async () => {
  const created = await json('/api/admin/reports/subscriptions', {
    method: 'POST',
    body: JSON.stringify({ kind: subscriptionForm.kind.value, address: subscriptionForm.address.value, language: subscriptionForm.language.value }),
  }, subscriptionForm);
  document.getElementById('new-secret').hidden = !created.secret;
  document.getElementById('new-secret-value').textContent = created.secret ?? '';
  subscriptionForm.reset();
  await showSubscriptions();
});

fill(null);
form.hidden = false; // shown once the views and scopes are in, so nothing typed is reset
await Promise.all([showSchedules(), showSubscriptions(), showDeliveries()]);
