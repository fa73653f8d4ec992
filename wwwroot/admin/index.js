// The administrators' home: while the instance is not yet set up, its next steps in order, each with where to do
// it and whether it is done (court system → history or reports → API keys).
import { json } from '/admin/api.js';
import { count, t } from '/admin/text.js';

const state = await json('/api/court-system/set-up');
const steps = [
  [state.courts > 0, '/admin/court-system.html', 'stepCourtSystem',
    state.courts > 0 ? t('stepCourtSystemDone', count('countRegions', state.regions), count('countCourts', state.courts),
      count('countCategories', state.categories)) : t('stepCourtSystemToDo')],
  [state.hasCases || state.hasOtherData || state.hasYearlyStatistics, '/admin/import.html', 'stepHistory', t('stepHistoryDetail')],
  [state.apiKeys > 0, '/admin/api-keys.html', 'stepSources',
    state.apiKeys > 0 ? t('stepSourcesDone', count('countApiKeys', state.apiKeys)) : t('stepSourcesToDo')],
];
if (steps.some(([done]) => !done)) {
  const list = document.getElementById('next-steps-list');
  for (const [done, href, title, detail] of steps) {
    const item = document.createElement('li');
    item.dataset.done = done;
    const link = Object.assign(document.createElement('a'), { href });
    link.append(Object.assign(document.createElement('span'), { textContent: t(title) }),
      Object.assign(document.createElement('span'), { textContent: `${t(done ? 'stepDone' : 'stepToDo')} · ${detail}` }));
    item.append(link);
    list.append(item);
  }
  document.getElementById('next-steps').hidden = false;
}
