// Builds wwwroot/vendor/echarts.min.js from the npm package echarts (the version in package-lock.json) with only
// the parts entry.js installs: a classic script defining the global `echarts`, like the package's own UMD file.
//   cd src/echarts-build && npm ci && npm run build
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const version = name => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url))).version;
const notice = readFileSync(new URL('node_modules/echarts/NOTICE', import.meta.url), 'utf8').trim();

// The package's own licence header, its NOTICE, and the notices of what the bundle takes from other packages.
const banner = `/*
* Licensed to the Apache Software Foundation (ASF) under one
* or more contributor license agreements.  See the NOTICE file
* distributed with this work for additional information
* regarding copyright ownership.  The ASF licenses this file
* to you under the Apache License, Version 2.0 (the
* "License"); you may not use this file except in compliance
* with the License.  You may obtain a copy of the License at
*
*   http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing,
* software distributed under the License is distributed on an
* "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
* KIND, either express or implied.  See the License for the
* specific language governing permissions and limitations
* under the License.
*/
/*
* ${notice.split('\n').join('\n* ')}
*
* A partial build of echarts ${version('echarts')}: only what src/echarts-build/entry.js of CourtMetrics installs. It
* includes zrender ${version('zrender')} (BSD-3-Clause, Copyright (c) 2017, Baidu Inc. All rights reserved.) and
* tslib ${version('tslib')} (0BSD, Copyright (c) Microsoft Corporation).
*/`;

await build({
  entryPoints: [new URL('entry.js', import.meta.url).pathname],
  outfile: new URL('../../wwwroot/vendor/echarts.min.js', import.meta.url).pathname,
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2020',
  // production: no development warnings, as in the package's echarts.min.js
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  banner: { js: banner },
  logLevel: 'info',
});
