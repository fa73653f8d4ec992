// The reads the dashboard needs before it can show anything — the court system, the measures' catalogue, what the
// user may see, the state of the data — sent as soon as the page is parsed: index.html runs this module by itself
// (async, while the other modules still load), and main.js, which imports the same module, takes the answers.
import { getJson } from './http.js';

const sent = new Map(['api/regions', 'api/courts', 'api/categories', 'api/metrics', 'api/account/scopes',
  'api/measure-names', 'api/data-state'].map(path => {
  const answer = getJson(path);
  answer.catch(() => {}); // a failed read is for the one who takes it (who asks again)
  return [path, answer];
}));

/** The answer to one of the first reads, once (asked again, it is read again); any other path is read now. */
export function firstRead(path) {
  const answer = sent.get(path);
  sent.delete(path);
  return answer ?? getJson(path);
}
