// The reads every view needs before it can show anything — the court system, the measures' catalogue, what the user
// may see, the state of the data — sent while the page is still being parsed. A classic script in the head runs as
// soon as it arrives; from a module they went out only once the modules' graph had loaded and the main thread was
// free, 300 ms later on a two-core machine. first-reads.js hands the answers to the page.
(() => {
  const paths = ['api/regions', 'api/courts', 'api/categories', 'api/metrics', 'api/account/scopes',
    'api/measure-names', 'api/data-state'];
  window.courtMetricsFirstReads = Object.fromEntries(paths.map(path => {
    const response = fetch(path, { headers: { Accept: 'application/json' } });
    response.catch(() => {}); // a failed read is for the one who takes it (who asks again)
    return [path, response];
  }));
})();
