#!/usr/bin/env node
// `npm run demo`: builds the package when dist/ is missing or older than the sources, then runs the
// built CLI's `demo` command, which writes out/demo/report.html and prints its path and a 10-line
// summary. Extra arguments are passed on (e.g. `npm run demo -- --format md`). Exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');

/** Newest modification time (ms) of the files under `dir` (recursively) and of the extra files. */
function newest(dir, extra) {
  let t = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else t = Math.max(t, statSync(p).mtimeMs);
    }
  };
  walk(dir);
  for (const f of extra) if (existsSync(f)) t = Math.max(t, statSync(f).mtimeMs);
  return t;
}

function fail(message) {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

const sourcesChanged = () =>
  newest(join(root, 'src'), ['package.json', 'tsup.config.ts', 'tsconfig.json', 'tsconfig.build.json'].map((f) => join(root, f))) >
  statSync(cli).mtimeMs;

if (!existsSync(cli) || sourcesChanged()) {
  process.stderr.write(existsSync(cli) ? 'demo: sources changed since the last build; running npm run build\n' : 'demo: no build found; running npm run build\n');
  // Build logs go to stderr so stdout carries only the report path and summary.
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (build.error) fail(`could not run npm run build: ${build.error.message}`);
  if (build.status !== 0) fail(`npm run build failed (exit code ${build.status ?? build.signal})`);
  if (!existsSync(cli)) fail(`the build did not produce ${cli}`);
}

const run = spawnSync(process.execPath, [cli, 'demo', '--out', join('out', 'demo'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (run.error) fail(`could not run the CLI: ${run.error.message}`);
process.exit(run.status ?? 1);
