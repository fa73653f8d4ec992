// The administrators' home: while the instance is not yet set up, its next steps in order, each with where to do
// it and whether it is done (court system → history or reports → API keys).
import { json } from '/admin/api.js';

const state = await json('/api/court-system/set-up');
const steps = [
  [state.courts > 0, '/admin/court-system.html', 'Define the court system',
    state.courts > 0 ? `${state.regions} regions, ${state.courts} courts, ${state.categories} case categories`
      : 'Regions, courts, levels and case categories, with their names in each language, from one file'],
  [state.hasCases || state.hasOtherData || state.hasYearlyStatistics, '/admin/import.html', 'Load its history or reports',
    'Cases, budget lines or statistical reports from CSV files'],
  [state.apiKeys > 0, '/admin/api-keys.html', 'Connect the source systems',
    state.apiKeys > 0 ? `${state.apiKeys} API keys in use` : 'An API key for each case-management system that sends events'],
];
if (steps.some(([done]) => !done)) {
  const list = document.getElementById('next-steps-list');
  for (const [done, href, title, detail] of steps) {
    const item = document.createElement('li');
    item.dataset.done = done;
    const link = Object.assign(document.createElement('a'), { href, textContent: title });
    const note = Object.assign(document.createElement('span'), { textContent: `${done ? 'Done' : 'To do'} · ${detail}` });
    link.append(note);
    item.append(link);
    list.append(item);
  }
  document.getElementById('next-steps').hidden = false;
}
