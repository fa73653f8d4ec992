// Shared by the administrators' pages: the masthead (brand, the page's name from data-page — a key of
// strings.json —, the language, who is signed in and signing out), drawn here so each page holds only its own content.
import { languages, setLanguage } from '/js/i18n.js';
import { language, t } from '/admin/text.js';

const element = (tag, attributes = {}, text = '') => {
  const e = Object.assign(document.createElement(tag), attributes);
  if (text) e.textContent = text;
  return e;
};

/** The language switch: the dashboard's choice, kept in this browser; the page is drawn again in the new language. */
function languageSwitch() {
  const field = element('div', { className: 'field language-switch' });
  const select = element('select', { id: 'admin-language' });
  select.append(...languages.map(l => new Option(l.name, l.code)));
  select.value = language();
  select.addEventListener('change', () => {
    setLanguage(select.value);
    const url = new URL(location.href);
    url.searchParams.delete('lang'); // else the link's language would win over the one just chosen
    location.assign(url);
  });
  field.append(element('label', { htmlFor: 'admin-language' }, t('language')), select);
  return field;
}

const masthead = document.querySelector('header.masthead[data-page]');
const signInPage = masthead?.dataset.page === 'signInTitle';
if (masthead) {
  const home = location.pathname === '/admin/' || location.pathname === '/admin/index.html';
  const brand = element('div', { className: 'brand' });
  brand.append(
    element('img', { src: '/favicon.svg', alt: '', width: 28, height: 28 }),
    home ? element('span', { className: 'brand-name' }, 'CourtMetrics') : element('a', { className: 'brand-name', href: '/admin/' }, 'CourtMetrics'),
    element('span', { className: 'brand-page' }, t(signInPage ? 'administration' : masthead.dataset.page)));
  const status = element('div', { className: 'status-area' });
  if (!signInPage) status.append(element('span', { id: 'signed-in-as', className: 'as-of' }), element('button', { className: 'button', id: 'sign-out', type: 'button' }, t('signOut')));
  masthead.append(brand, languageSwitch(), status);
}

if (!signInPage) {
  const account = await fetch('/api/account').then(r => (r.ok ? r.json() : null)).catch(() => null);
  const who = document.getElementById('signed-in-as');
  if (who && account) who.textContent = t('signedInAs', account.userName);

  document.getElementById('sign-out')?.addEventListener('click', async () => {
    await fetch('/api/account/sign-out', { method: 'POST' });
    location.assign('/admin/sign-in.html');
  });
}
