/**
 * Runs the source CLI as a real process: src/cli/index.ts is bundled once per test file with esbuild
 * (packages stay external, so the bundle lives under node_modules/.cache where they resolve) and
 * spawned with `node`, so exit codes, stdout and stderr are the ones a user sees.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEMO_CSV = join(ROOT, 'examples', 'demo', 'demo-records.csv');
export const EXAMPLE_BANK = join(ROOT, 'examples', 'banks', 'example-bank.csv');

/** Bundles src/cli/index.ts into a fresh folder; returns the bundle path and a cleanup. */
export async function bundleCli(tag: string): Promise<{ cli: string; cleanup: () => void }> {
  const dir = join(ROOT, 'node_modules', '.cache', 'social-outcomes-cli-test', `${tag}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const cli = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'src', 'cli', 'index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: cli, logLevel: 'silent' });
  return { cli, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** What a CLI run printed and returned. */
export interface CliRun {
  /** Exit code. */
  readonly code: number | null;
  /** Standard output. */
  readonly stdout: string;
  /** Standard error. */
  readonly stderr: string;
}

/** Spawns `node <cli> ...args` in `cwd` (stdin closed; stderr is a pipe, never a terminal). */
export function runCli(cli: string, args: ReadonlyArray<string>, options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Asserts the house error shape: exactly one line on stderr, no stack trace. Returns that line. */
export function oneErrorLine(run: CliRun): string {
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  if (lines.length !== 1) throw new Error(`expected one stderr line, got ${lines.length}:\n${run.stderr}`);
  const line = lines[0] as string;
  if (/^\s+at\s/m.test(run.stderr) || /Error:/.test(line.replace(/^social-outcomes: /, '').slice(0, 20))) throw new Error(`stack trace or raw error printed:\n${run.stderr}`);
  return line;
}
