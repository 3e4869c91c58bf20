// Collects each bench's figures into bench/results/latest.json (one key per bench), from which bench/RESULTS.md is written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const dir = new URL('../results/', import.meta.url);
const file = new URL('latest.json', dir);

/** Merges `value` under `key` into bench/results/latest.json with the machine and Node version. */
export function recordResults(key: string, value: unknown): void {
  mkdirSync(dir, { recursive: true });
  const prev = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
  writeFileSync(file, `${JSON.stringify({ ...prev, machine, [key]: { date: new Date().toISOString(), value } }, null, 2)}\n`);
}
