// Bundles the dashboard's modules (wwwroot/js/main.js and everything it imports, charts.json included) into one
// file, wwwroot/js/dashboard.bundle.js, which index.html loads: one request instead of 27, and one compile. Opened
// cold on a two-core machine the first chart came 200 ms sooner (BENCHMARKS.md, "Dashboard opened cold").
// The banner names a digest of the sources, which Site/PageLoadTests recomputes: a module changed without a rebuild
// fails that test. Run after any change under wwwroot/js the dashboard imports:
//   cd src/echarts-build && npm ci && npm run build
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'esbuild';

const webRoot = new URL('../../wwwroot/', import.meta.url).pathname;
const outfile = `${webRoot}js/dashboard.bundle.js`;

const result = await build({
  entryPoints: [`${webRoot}js/main.js`],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  metafile: true,
  write: false,
  logLevel: 'info',
});

// The digest: each source's path from the web root, a newline, its bytes, a newline — in ordinal order of path.
const sources = Object.keys(result.metafile.inputs).map(path => relative(webRoot, path)).sort();
const digest = createHash('sha256');
for (const path of sources) digest.update(`${path}\n`).update(readFileSync(`${webRoot}${path}`)).update('\n');
const banner = `// The dashboard's modules in one file, built by src/echarts-build/bundle-dashboard.mjs from ${sources.length} sources,
// js/main.js and its imports (do not edit: change the modules and rebuild). sources sha256 ${digest.digest('hex')}
`;
writeFileSync(outfile, banner + result.outputFiles[0].text);
console.log(`${outfile}: ${sources.length} sources`);
