// Reading the server's JSON answers. No imports: the dashboard's first reads (first-reads.js) start with it alone.

export async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
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
