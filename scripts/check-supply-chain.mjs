#!/usr/bin/env node
// Supply-chain check (issue 10):
//  1. Walks package-lock.json from the runtime roots (dependencies, optionalDependencies and
//     peerDependencies of package.json — never devDependencies) with Node's resolution rules and
//     fails if any reachable package declares an install script (`hasInstallScript`), or if the
//     lockfile is missing or out of step with package.json.
//  2. Runs `npm audit --omit=dev --json` and fails on any advisory. If the registry does not offer
//     the audit endpoint (this machine's mirror answers 405), it says so plainly and does not fail
//     on that alone.
// Usage: node scripts/check-supply-chain.mjs [--no-audit] [--audit-json=saved-audit.json]. Exit code 0 = clean, 1 = a finding.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = new Set(process.argv.slice(2));
let failed = 0;
const fail = (msg) => {
  failed++;
  console.log(`FAIL ${msg}`);
};
const ok = (msg) => console.log(`ok   ${msg}`);
const note = (msg) => console.log(`note ${msg}`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const lockPath = join(root, 'package-lock.json');
if (!existsSync(lockPath)) {
  fail('package-lock.json is missing: commit the lockfile');
  process.exit(1);
}
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
if (!lock.packages || (lock.lockfileVersion ?? 0) < 2) {
  fail(`package-lock.json has lockfileVersion ${lock.lockfileVersion}; v2 or v3 (with "packages") is required`);
  process.exit(1);
}
const packages = lock.packages;

// --- 1. install scripts reachable from runtime dependencies -------------------------------
/** Resolves `name` as required from the package installed at `from` (a lockfile key), like Node. */
function resolveDep(from, name) {
  let dir = from;
  for (;;) {
    const key = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (packages[key]) return key;
    if (dir === '') return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i === -1 ? '' : dir.slice(0, i);
  }
}

const rootEntry = packages[''] ?? {};
const roots = [
  ...Object.keys(pkg.dependencies ?? {}).map((n) => [n, 'dependency', false]),
  ...Object.keys(pkg.optionalDependencies ?? {}).map((n) => [n, 'optional dependency', true]),
  ...Object.keys(pkg.peerDependencies ?? {}).map((n) => [n, 'peer dependency', Boolean(pkg.peerDependenciesMeta?.[n]?.optional)]),
];
for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies']) {
  const a = JSON.stringify(pkg[field] ?? {});
  const b = JSON.stringify(rootEntry[field] ?? {});
  if (a !== b) fail(`package-lock.json is out of step with package.json (${field} differ): run npm install and commit the lockfile`);
}

const seen = new Map(); // lockfile key -> chain that reached it
const queue = [];
for (const [name, kind, optional] of roots) {
  const key = resolveDep('', name);
  if (!key) {
    if (optional) note(`optional ${kind} ${name} is not in the lockfile (not installed here); not checked`);
    else fail(`${kind} ${name} is not in package-lock.json`);
    continue;
  }
  if (!seen.has(key)) {
    seen.set(key, [name]);
    queue.push(key);
  }
}
while (queue.length > 0) {
  const key = queue.shift();
  const entry = packages[key];
  const chain = seen.get(key);
  const deps = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
  for (const name of Object.keys(deps)) {
    const child = resolveDep(key, name);
    if (!child) continue; // an optional or peer dependency that is not installed
    if (!seen.has(child)) {
      seen.set(child, [...chain, name]);
      queue.push(child);
    }
  }
}
const withScripts = [...seen.keys()].filter((k) => packages[k].hasInstallScript);
if (withScripts.length > 0) {
  for (const k of withScripts) fail(`runtime package ${k}@${packages[k].version} has an install script (reached via ${seen.get(k).join(' > ')})`);
} else {
  ok(`no install scripts in the ${seen.size} packages reachable from runtime dependencies`);
}
const devWithScripts = Object.entries(packages).filter(([k, v]) => k !== '' && v.hasInstallScript && !seen.has(k));
if (devWithScripts.length > 0) note(`dev-only packages with install scripts (allowed): ${devWithScripts.map(([k, v]) => `${k.replace(/^.*node_modules\//, '')}@${v.version}`).join(', ')}`);

// --- 2. npm audit ------------------------------------------------------------------------
if (args.has('--no-audit')) {
  note('npm audit skipped (--no-audit)');
} else {
  let stdout = '';
  let stderr = '';
  const canned = [...args].find((a) => a.startsWith('--audit-json='));
  if (canned) {
    stdout = readFileSync(canned.slice('--audit-json='.length), 'utf8'); // to test this script's parsing
  } else try {
    stdout = execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (e) {
    // npm audit exits non-zero both when it finds advisories and when the request fails.
    stdout = e.stdout ?? '';
    stderr = e.stderr ?? '';
  }
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const unavailable = report?.statusCode === 405 || report?.statusCode === 404 || /40[45] (Method Not Allowed|Not Found)[^\n]*advisories/.test(`${stdout}\n${stderr}`);
  if (unavailable) {
    note(`npm audit: the registry's audit endpoint is unavailable (${report?.statusCode ?? 'error'} from ${report?.uri ?? 'the advisories endpoint'}); advisories NOT checked — run this script where the public registry is reachable`);
  } else if (report?.metadata?.vulnerabilities) {
    const v = report.metadata.vulnerabilities;
    const total = Object.values(v).reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0) - (v.total ?? 0);
    const count = v.total ?? total;
    if (count > 0) {
      const names = Object.entries(report.vulnerabilities ?? {}).map(([name, x]) => `${name} (${x.severity})`);
      fail(`npm audit --omit=dev found ${count} advisories: ${names.join(', ')}`);
    } else {
      ok(`npm audit --omit=dev: 0 advisories in ${report.metadata.dependencies?.prod ?? '?'} production dependencies`);
    }
  } else if (report?.error || report?.message) {
    fail(`npm audit failed: ${report.message ?? report.error?.summary}`);
  } else {
    fail(`npm audit produced no readable report:\n${(stderr || stdout).slice(0, 2000)}`);
  }
}

console.log(failed === 0 ? 'supply chain: clean' : `supply chain: ${failed} finding(s)`);
process.exit(failed === 0 ? 0 : 1);
