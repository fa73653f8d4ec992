// The answers to the reads first-reads-early.js sent as the page was parsed: main.js takes each once (asked again,
// it is read again). Without that script (a page that did not load it), every read is made when asked.
import { getJson, readJson } from './http.js';

const sent = new Map(Object.entries(window.courtMetricsFirstReads ?? {}).map(([path, response]) => {
  const answer = readJson(response, path);
  answer.catch(() => {}); // a failed read is for the one who takes it (who asks again)
  return [path, answer];
}));

/** The answer to one of the first reads, once (asked again, it is read again); any other path is read now. */
export function firstRead(path) {
  const answer = sent.get(path);
  sent.delete(path);
  return answer ?? getJson(path);
}
