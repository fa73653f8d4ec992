// Shared by the administrators' pages: the masthead (brand, the page's name from data-page, who is signed in and
// signing out), drawn here so each page holds only its own content.
const element = (tag, attributes = {}, text = '') => {
  const e = Object.assign(document.createElement(tag), attributes);
  if (text) e.textContent = text;
  return e;
};

const masthead = document.querySelector('header.masthead[data-page]');
if (masthead) {
  const home = location.pathname === '/admin/' || location.pathname === '/admin/index.html';
  const brand = element('div', { className: 'brand' });
  brand.append(
    element('img', { src: '/favicon.svg', alt: '', width: 28, height: 28 }),
    home ? element('span', { className: 'brand-name' }, 'CourtMetrics') : element('a', { className: 'brand-name', href: '/admin/' }, 'CourtMetrics'),
    element('span', { className: 'brand-page' }, masthead.dataset.page));
  const status = element('div', { className: 'status-area' });
  status.append(element('span', { id: 'signed-in-as', className: 'as-of' }), element('button', { className: 'button', id: 'sign-out', type: 'button' }, 'Sign out'));
  masthead.append(brand, status);
}

const account = await fetch('/api/account').then(r => (r.ok ? r.json() : null)).catch(() => null);
const who = document.getElementById('signed-in-as');
if (who && account) who.textContent = `Signed in as ${account.userName}`;

document.getElementById('sign-out')?.addEventListener('click', async () => {
  await fetch('/api/account/sign-out', { method: 'POST' });
  location.assign('/admin/sign-in.html');
});
