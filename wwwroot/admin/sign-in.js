// Signs in through the accounts API (a password, or the OpenID Connect provider when one is configured), then
// returns to the page that asked (same site only). The server answers a refusal in the page's language.
import { languageHeaders, t } from '/admin/text.js';

const form = document.getElementById('sign-in');
const error = document.getElementById('sign-in-error');
const query = new URLSearchParams(location.search);

function returnUrl(fallback = '/admin/') {
  const target = query.get('ReturnUrl') ?? fallback;
  return target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : fallback;
}

// Back from the provider with a session: go on from here, a navigation this site starts, so the session cookie
// (SameSite=Strict) goes with it even when the provider is another site.
if (query.get('signed-in') === '1') location.replace(returnUrl('/'));
if (query.get('error') === 'openid-connect') error.textContent = t('providerRefused');

const options = await fetch('/api/account/sign-in-options').then(r => (r.ok ? r.json() : {})).catch(() => ({}));
if (options.openIdConnect) {
  const link = document.getElementById('sign-in-provider');
  link.textContent = t('signInWith', options.openIdConnect.name);
  link.href = `${options.openIdConnect.url}?returnUrl=${encodeURIComponent(returnUrl('/'))}`;
  document.getElementById('other-sign-in').hidden = false;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  error.textContent = '';
  const button = form.querySelector('button');
  button.disabled = true;
  try {
    const response = await fetch('/api/account/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...languageHeaders() },
      body: JSON.stringify({ userName: form.userName.value, password: form.password.value }),
    });
    if (response.ok) {
      // A viewer has no administration pages: without a page that asked, it goes to the dashboard.
      const account = await fetch('/api/account').then(r => r.json()).catch(() => ({ roles: [] }));
      location.assign(returnUrl(account.roles?.includes('administrator') ? '/admin/' : '/'));
      return;
    }
    const problem = await response.json().catch(() => ({}));
    error.textContent = problem.detail ?? t('signInFailed', response.status);
  } catch {
    error.textContent = t('serverUnreachable');
  } finally {
    button.disabled = false;
  }
});
