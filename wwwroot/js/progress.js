// While the demo simulator seeds its history the charts are still filling up; a thin bar says so. A server
// without the simulator answers 404, and then the page never asks again.
import { t } from './i18n.js';
const busyPhases = new Set(['seeding', 'backfilling']);
const finishedPhases = new Set(['live', 'off']);
const busyPollMs = 2000;
const idlePollMs = 10000; // "idle" may still turn into seeding; look now and then

export async function watchSimulation() {
  const bar = document.getElementById('loading');
  const text = document.getElementById('loading-text');
  const progress = document.getElementById('loading-progress');
  for (;;) {
    let status = null;
    try {
      const response = await fetch('api/simulation/status', { headers: { Accept: 'application/json' } });
      if (response.status === 404) break;
      if (response.ok) status = await response.json();
    } catch {
      // server unreachable: the connection indicator already says so; ask again later
    }
    const busy = status && busyPhases.has(status.phase);
    bar.hidden = !busy;
    if (busy) {
      const percent = Math.max(0, Math.min(100, Math.round(status.percent ?? 0)));
      text.textContent = t('loadingHistory', `${percent}%`);
      progress.value = percent;
    } else if (status && finishedPhases.has(status.phase)) {
      break;
    }
    await new Promise(resolve => setTimeout(resolve, busy ? busyPollMs : idlePollMs));
  }
  bar.hidden = true;
}
