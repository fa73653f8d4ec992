// Signs in through the accounts API, then returns to the page that asked (same site only).
const form = document.getElementById('sign-in');
const error = document.getElementById('sign-in-error');

function returnUrl() {
  const target = new URLSearchParams(location.search).get('ReturnUrl') ?? '/admin/';
  return target.startsWith('/') && !target.startsWith('//') ? target : '/admin/';
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  error.textContent = '';
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const response = await fetch('/api/account/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userName: form.userName.value, password: form.password.value }),
    });
    if (response.ok) { location.assign(returnUrl()); return; }
    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.detail ?? `Sign-in failed (${response.status}).`;
  } catch {
    error.textContent = 'The server cannot be reached.';
  } finally {
    button.disabled = false;
  }
});
