#!/usr/bin/env node
// Supply-chain check (issue 10). Three checks, each printed as `ok`, `note` or `FAIL`:
//  (c) package-lock.json exists, has lockfileVersion 3, and is in step with package.json: the lockfile's
//      root entry declares the same name, version and dependency fields (dependencies, devDependencies,
//      optionalDependencies, peerDependencies, peerDependenciesMeta), and every package reachable from the
//      runtime roots is installed under node_modules at the version the lockfile records.
//  (b) no runtime package (reachable from dependencies, optionalDependencies and peerDependencies of
//      package.json, never devDependencies, resolved through the lockfile with Node's rules) declares an
//      install-time script: `preinstall`, `install` or `postinstall` in its installed package.json, a
//      `binding.gyp` (npm then runs `node-gyp rebuild` implicitly), or `hasInstallScript` in the lockfile.
//  (a) `npm audit --omit=dev --json` reports no advisories. When the registry's audit endpoint cannot be
//      reached or answers 4xx/5xx, it prints "audit unavailable" and does not fail on that alone.
// Usage: node scripts/check-supply-chain.mjs [--no-audit] [--audit-json=saved-audit.json]
// Exit code 0 = clean, 1 = a finding.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
let failed = 0;
const fail = (msg) => {
  failed++;
  console.log(`FAIL ${msg}`);
};
const ok = (msg) => console.log(`ok   ${msg}`);
const note = (msg) => console.log(`note ${msg}`);
const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

// --- (c) lockfile present, version 3, in step with package.json ----------------------------
const pkg = readJson(join(root, 'package.json'));
const lockPath = join(root, 'package-lock.json');
if (!existsSync(lockPath)) {
  fail('package-lock.json is missing: run npm install and commit the lockfile');
  process.exit(1);
}
const lock = readJson(lockPath);
if (lock.lockfileVersion !== 3 || typeof lock.packages !== 'object' || lock.packages === null) {
  fail(`package-lock.json has lockfileVersion ${JSON.stringify(lock.lockfileVersion)}; version 3 (npm ≥ 7 with "packages") is required`);
  process.exit(1);
}
const packages = lock.packages;
const rootEntry = packages[''] ?? {};
/** JSON with sorted keys, so that key order does not count as a difference. */
const stable = (v) => JSON.stringify(v ?? {}, (_, x) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1))) : x));
let inStep = true;
for (const field of ['name', 'version']) {
  if (pkg[field] !== lock[field] || pkg[field] !== rootEntry[field]) {
    inStep = false;
    fail(`package-lock.json is out of step with package.json (${field}: ${JSON.stringify(pkg[field])} vs ${JSON.stringify(rootEntry[field])}): run npm install and commit the lockfile`);
  }
}
for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
  if (stable(pkg[field]) !== stable(rootEntry[field])) {
    inStep = false;
    fail(`package-lock.json is out of step with package.json (${field} differ): run npm install and commit the lockfile`);
  }
}
// npm writes only the `optional: true` entries of peerDependenciesMeta into the lockfile
const optionalPeers = (m) => Object.keys(m ?? {}).filter((k) => m[k]?.optional === true).sort().join(',');
if (optionalPeers(pkg.peerDependenciesMeta) !== optionalPeers(rootEntry.peerDependenciesMeta)) {
  inStep = false;
  fail('package-lock.json is out of step with package.json (peerDependenciesMeta optional peers differ)');
}

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

const roots = [
  ...Object.keys(pkg.dependencies ?? {}).map((n) => [n, 'dependency', false]),
  ...Object.keys(pkg.optionalDependencies ?? {}).map((n) => [n, 'optional dependency', true]),
  ...Object.keys(pkg.peerDependencies ?? {}).map((n) => [n, 'peer dependency', pkg.peerDependenciesMeta?.[n]?.optional === true]),
];
const seen = new Map(); // lockfile key -> chain of names that reached it
const queue = [];
for (const [name, kind, optional] of roots) {
  const key = resolveDep('', name);
  if (!key) {
    if (optional) note(`optional ${kind} ${name} is not installed here (not in the lockfile); not checked`);
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
  const deps = { ...entry.dependencies, ...entry.optionalDependencies, ...entry.peerDependencies };
  for (const name of Object.keys(deps)) {
    const child = resolveDep(key, name);
    if (!child) continue; // an optional or peer dependency that is not installed
    if (!seen.has(child)) {
      seen.set(child, [...seen.get(key), name]);
      queue.push(child);
    }
  }
}

// every reachable package is installed at the locked version, and its own package.json is read for (b)
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall'];
const withScripts = [];
let notInstalled = 0;
for (const [key, chain] of seen) {
  const entry = packages[key];
  if (entry.link) continue; // a workspace link: its target is checked under its own key
  const manifestPath = join(root, key, 'package.json');
  if (!existsSync(manifestPath)) {
    if (entry.optional) continue; // an optional package for another platform
    notInstalled++;
    fail(`${key}@${entry.version} is in the lockfile but not installed: run npm ci`);
    continue;
  }
  const manifest = readJson(manifestPath);
  if (manifest.version !== entry.version) {
    inStep = false;
    fail(`${key} is installed at ${manifest.version} but the lockfile records ${entry.version}: run npm ci`);
  }
  const scripts = INSTALL_SCRIPTS.filter((s) => typeof manifest.scripts?.[s] === 'string');
  if (existsSync(join(root, key, 'binding.gyp')) && !scripts.includes('install') && !scripts.includes('preinstall')) scripts.push('binding.gyp (implicit node-gyp rebuild)');
  if (entry.hasInstallScript && scripts.length === 0) scripts.push('hasInstallScript in the lockfile');
  if (scripts.length > 0) withScripts.push([key, entry.version, scripts, chain]);
}
if (inStep && notInstalled === 0) ok(`package-lock.json v3 is in step with package.json and node_modules (${seen.size} runtime packages at their locked versions)`);
if (withScripts.length > 0) {
  for (const [k, v, s, chain] of withScripts) fail(`runtime package ${k}@${v} declares ${s.join(', ')} (reached via ${chain.join(' > ')})`);
} else {
  ok(`no preinstall/install/postinstall scripts in the ${seen.size} packages reachable from runtime dependencies`);
}
const devWithScripts = Object.entries(packages).filter(([k, v]) => k !== '' && v.hasInstallScript && !seen.has(k));
if (devWithScripts.length > 0) note(`dev-only packages with install scripts (allowed): ${devWithScripts.map(([k, v]) => `${k.replace(/^.*node_modules\//, '')}@${v.version}`).join(', ')}`);

// --- (a) npm audit --------------------------------------------------------------------------
if (args.includes('--no-audit')) {
  note('npm audit skipped (--no-audit)');
} else {
  let stdout = '';
  let stderr = '';
  let spawnError;
  const canned = args.find((a) => a.startsWith('--audit-json='));
  if (canned) {
    stdout = readFileSync(canned.slice('--audit-json='.length), 'utf8'); // to test this script's parsing
  } else {
    try {
      stdout = execFileSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    } catch (e) {
      // npm audit exits non-zero both when it finds advisories and when the request fails
      stdout = e.stdout ?? '';
      stderr = e.stderr ?? '';
      if (!stdout && !stderr) spawnError = e;
    }
  }
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const text = `${stdout}\n${stderr}`;
  const status = Number(report?.statusCode ?? /\b([45]\d\d)\b[^\n]*(advisories|audit)/.exec(text)?.[1] ?? Number.NaN);
  const network = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|CERT_|UNABLE_TO_VERIFY)/.exec(`${text}\n${report?.code ?? ''}\n${report?.error?.code ?? ''}`)?.[1];
  if (status >= 400 && status < 600) {
    note(`audit unavailable: the registry's audit endpoint answered ${status} (${report?.uri ?? 'advisories endpoint'}); advisories NOT checked, run this where the public registry is reachable`);
  } else if (network !== undefined || spawnError !== undefined) {
    note(`audit unavailable: the registry could not be reached (${network ?? spawnError?.code ?? spawnError?.message}); advisories NOT checked`);
  } else if (report?.metadata?.vulnerabilities) {
    const v = report.metadata.vulnerabilities;
    const count = v.total ?? Object.values(v).reduce((s, x) => s + (typeof x === 'number' ? x : 0), 0);
    if (count > 0) {
      const names = Object.entries(report.vulnerabilities ?? {}).map(([name, x]) => `${name} (${x.severity})`);
      fail(`npm audit --omit=dev found ${count} vulnerabilities: ${names.join(', ')}`);
    } else {
      ok(`npm audit --omit=dev: 0 vulnerabilities in ${report.metadata.dependencies?.prod ?? '?'} production dependencies`);
    }
  } else if (report?.error || report?.message) {
    fail(`npm audit failed: ${report.message ?? report.error?.summary}`);
  } else {
    fail(`npm audit produced no readable report:\n${text.slice(0, 2000)}`);
  }
}

console.log(failed === 0 ? 'supply chain: clean' : `supply chain: ${failed} finding(s)`);
process.exit(failed === 0 ? 0 : 1);
