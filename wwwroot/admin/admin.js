// Shared by the administrators' pages: who is signed in, and signing out.
const account = await fetch('/api/account').then(r => (r.ok ? r.json() : null)).catch(() => null);
const who = document.getElementById('signed-in-as');
if (who && account) who.textContent = `Signed in as ${account.userName}`;

document.getElementById('sign-out')?.addEventListener('click', async () => {
  await fetch('/api/account/sign-out', { method: 'POST' });
  location.assign('/admin/sign-in.html');
});
