// The administrators' pages call the JSON API through this: errors become Error(message) from the ProblemDetails.
export const json = async (path, options = {}) => {
  const response = await fetch(path, { headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, ...options });
  const body = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) {
    const errors = body?.errors ? Object.entries(body.errors).map(([field, messages]) => `${field}: ${messages.join(' ')}`) : [];
    throw new Error(errors.join('; ') || body?.detail || `${response.status}`);
  }
  return body;
};

/** On submit of form, runs send; what it throws is shown in the element errorId (emptied before each try). */
export function onSubmit(form, errorId, send) {
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const error = document.getElementById(errorId);
    error.textContent = '';
    try {
      await send();
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
  revoke.textContent = `Revoke ${name}`;
  revoke.addEventListener('click', async () => {
    if (!confirm(question)) return;
    await json(path, { method: 'DELETE' });
    await done();
  });
  return revoke;
}
