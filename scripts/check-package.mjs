#!/usr/bin/env node
// Checks the published shape of the package (issue 2 acceptance):
//  1. publint and @arethetypeswrong/cli (--profile node16) pass on the built package;
//  2. the packed tarball installs into a scratch project and works from ESM and CommonJS,
//     with error classes shared across subpaths and the CLI answering --version;
//  3. a browser bundle of the browser-safe subpaths builds with esbuild --platform=browser
//     (no Node built-ins), and its gzipped size is printed.
// Run after `npm run build`. Exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(new URL('..', import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const browserSafe = ['', '/change', '/outcomes', '/equity', '/socialvalue', '/stats'];
let failed = 0;

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });
}
function check(name, fn) {
  try {
    const note = fn();
    console.log(`ok   ${name}${note ? ` — ${note}` : ''}`);
  } catch (e) {
    failed++;
    const out = [e.stdout, e.stderr].filter(Boolean).join('\n').trim();
    console.log(`FAIL ${name}\n${out || e.message}`);
  }
}

check('publint --strict', () => run('npx', ['publint', '--strict']).trim().split('\n').pop());
check('attw --profile node16', () => { run('npx', ['attw', '--pack', '.', '--profile', 'node16', '--format', 'table-flipped']); return 'no problems'; });

const packDir = join(root, '.scratch/pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir, { recursive: true });
const tarball = join(packDir, run('npm', ['pack', '--silent', '--pack-destination', packDir]).trim().split('\n').pop());

const scratch = mkdtempSync(join(tmpdir(), 'social-outcomes-scratch-'));
writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, version: '0.0.0' }));
check('scratch project installs the tarball', () => {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `zod@${pkg.devDependencies.zod}`, `esbuild@${pkg.devDependencies.esbuild}`], { cwd: scratch });
  return tarball.split('/').pop();
});

const exportsToCheck = {
  '': ['normalQuantile', 'InvalidInputError'],
  '/stats': ['normalQuantile', 'wilsonInterval', 'pAdjust'],
  '/change': ['pairedTTest', 'wilcoxonSignedRank'],
  '/outcomes': ['pairReadings', 'mapToPrimaryOutcomes'],
  '/equity': ['compareToBaseline', 'suppressSmallCounts'],
  '/socialvalue': ['valueOutcomes', 'sroi'],
  '/schema': ['parseValueBank'],
  '/io': ['parseRecords'],
};
const probe = (kind) => `
const results = {};
${Object.entries(exportsToCheck).map(([sub, names]) => `
{ const m = ${kind === 'esm' ? `await import('social-outcomes${sub}')` : `require('social-outcomes${sub}')`};
  for (const n of ${JSON.stringify(names)}) if (typeof m[n] !== 'function') throw new Error('social-outcomes${sub} lacks ' + n);
  if (m.InvalidInputError && m.InvalidInputError !== base.InvalidInputError) throw new Error('InvalidInputError differs between social-outcomes and social-outcomes${sub}');
}`).join('')}
const z = base.normalQuantile(0.975);
if (Math.abs(z - 1.959963984540054) > 1e-12) throw new Error('normalQuantile(0.975) = ' + z);
let threw = false;
try { base.normalQuantile(2); } catch (e) { threw = e instanceof base.InvalidInputError && e.code === 'out-of-range'; }
if (!threw) throw new Error('normalQuantile(2) did not throw InvalidInputError');
console.log('${kind} ok');
`;
writeFileSync(join(scratch, 'esm.mjs'), `const base = await import('social-outcomes');\n${probe('esm')}`);
writeFileSync(join(scratch, 'cjs.cjs'), `const base = require('social-outcomes');\n(async () => {${probe('cjs')}})().catch((e) => { console.error(e.message); process.exit(1); });`);
check('ESM import from a scratch project', () => run('node', ['esm.mjs'], { cwd: scratch }).trim());
check('CommonJS require from a scratch project', () => run('node', ['cjs.cjs'], { cwd: scratch }).trim());
check('CLI bin answers --version', () => {
  const v = run(join(scratch, 'node_modules/.bin/social-outcomes'), ['--version'], { cwd: scratch }).trim();
  if (v !== pkg.version) throw new Error(`printed ${v}, expected ${pkg.version}`);
  return v;
});

const sizes = {};
check('browser bundle of the browser-safe subpaths (esbuild --platform=browser)', () => {
  const entry = browserSafe.map((s, i) => `import * as m${i} from 'social-outcomes${s}';`).join('\n') +
    `\nexport const all = [${browserSafe.map((_, i) => `m${i}`).join(', ')}];\n`;
  writeFileSync(join(scratch, 'browser-entry.js'), entry);
  run(join(scratch, 'node_modules/.bin/esbuild'), ['browser-entry.js', '--bundle', '--minify', '--platform=browser', '--format=esm', '--outfile=browser.js', '--log-level=warning'], { cwd: scratch });
  const code = readFileSync(join(scratch, 'browser.js'));
  if (/\bnode:|require\(["'](fs|path|os|stream|child_process)["']\)/.test(code.toString())) throw new Error('bundle references a Node built-in');
  sizes.allMin = code.length;
  sizes.allGzip = gzipSync(code, { level: 9 }).length;
  // A typical portal import: one change statistic.
  writeFileSync(join(scratch, 'browser-one.js'), `import { pairedTTest } from 'social-outcomes/change';\nexport { pairedTTest };\n`);
  run(join(scratch, 'node_modules/.bin/esbuild'), ['browser-one.js', '--bundle', '--minify', '--platform=browser', '--format=esm', '--outfile=one.js', '--log-level=warning'], { cwd: scratch });
  const one = readFileSync(join(scratch, 'one.js'));
  sizes.oneMin = one.length;
  sizes.oneGzip = gzipSync(one, { level: 9 }).length;
  return `all browser-safe modules ${(sizes.allMin / 1024).toFixed(1)} KB min / ${(sizes.allGzip / 1024).toFixed(1)} KB gzip; pairedTTest alone ${(sizes.oneMin / 1024).toFixed(1)} KB / ${(sizes.oneGzip / 1024).toFixed(1)} KB gzip`;
});
writeFileSync(join(packDir, 'report.json'), JSON.stringify({ tarball: tarball.split('/').pop(), sizes, failed }, null, 2));
rmSync(scratch, { recursive: true, force: true });
if (readdirSync(packDir).length === 0) failed++;
console.log(failed === 0 ? 'package checks: all passed' : `package checks: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
