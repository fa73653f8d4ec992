// The administrators' pages call the JSON API through this, asking for answers in the page's language: a refusal
// becomes Error(message) from its ProblemDetails, each refused field named by its label on the page.
import { languageHeaders, t } from '/admin/text.js';

/** Fetches with the page's language (Accept-Language): the server writes its refusals in it. */
export const send = (path, options = {}) =>
  fetch(path, { ...options, headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...languageHeaders(), ...options.headers } });

/** The problem a refusal answered, as a message: its fields' messages, else its detail, else its status. */
export function refusal(body, status, form = null) {
  const errors = body?.errors ? Object.entries(body.errors).map(([field, messages]) => {
    const label = fieldLabel(form, field);
    return label ? `${label}: ${messages.join(' ')}` : messages.join(' ');
  }) : [];
  return errors.join('; ') || body?.detail || t('requestFailed', status);
}

// A refused field by its label on the page ("Name", "Атауы"), a slide by its number; the API's own field name
// (userName, slides[0].kind) is never shown.
function fieldLabel(form, field) {
  const slide = /^slides\[(\d+)\]/.exec(field);
  if (slide) return t('slideNumber', Number(slide[1]) + 1);
  const control = form?.elements[field.replace(/\[\d+\]$/, '')];
  const label = control?.labels?.[0] ?? control?.closest?.('.field')?.querySelector('label');
  return label?.textContent.trim() ?? null;
}

export const json = async (path, options = {}, form = null) => {
  const response = await send(path, options).catch(() => { throw new Error(t('serverUnreachable')); });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw new Error(refusal(body, response.status, form));
  return body;
};

/** On submit of form, runs send(form); what it throws is shown in the element errorId (emptied before each try). */
export function onSubmit(form, errorId, run) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById(errorId);
    error.textContent = '';
    try {
      await run(form);
    } catch (e) {
      error.textContent = e.message;
    }
  });
}

/** The "Revoke <name>" button of a list (API keys, viewer accounts): asks first, DELETEs path, then calls done. */
export function revokeButton(name, question, path, done) {
  const revoke = document.createElement('button');
  revoke.type = 'button';
  revoke.className = 'link-button';
  revoke.textContent = t('revokeName', name);
  revoke.addEventListener('click', async () => {
    if (!confirm(question)) return;
    await json(path, { method: 'DELETE' });
    await done();
  });
  return revoke;
}
