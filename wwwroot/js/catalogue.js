// Measure names and explanations come from the metric catalogue (GET api/metrics), never from the page itself:
// every element with data-metric="<id>" gets the measure's name and, as its tooltip, its description and formula.
export async function labelMeasures(language = 'en') {
  const response = await fetch('api/metrics', { headers: { Accept: 'application/json' } });
  if (!response.ok) return; // the page keeps its built-in English labels
  const metrics = new Map((await response.json()).map(m => [m.id, m]));
  for (const element of document.querySelectorAll('[data-metric]')) {
    const metric = metrics.get(element.dataset.metric);
    if (!metric) continue;
    element.textContent = metric.name[language] ?? metric.name.en;
    element.title = `${metric.description[language] ?? metric.description.en}\n${metric.formula} (${metric.standard})`;
  }
}
