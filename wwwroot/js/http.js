// Reading the server's JSON answers. No imports: the dashboard's first reads (first-reads.js) start with it alone.

export function getJson(path) {
  return readJson(fetch(path, { headers: { Accept: 'application/json' } }), path);
}

/** The JSON of an answer to a read already sent (a fetch's promise); a refusal throws the server's own words. */
export async function readJson(sent, path) {
  const response = await sent;
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.detail ?? `${path} answered ${response.status}`);
  return body;
}

/** Retries with backoff until the server answers: the page may open before the server is ready. */
export async function persistently(read) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read();
    } catch {
      await new Promise(resolve => setTimeout(resolve, Math.min(30000, 1000 * 2 ** attempt)));
    }
  }
}
