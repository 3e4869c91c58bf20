// STYLE rules 16-17: every fixture has its generator beside it, and every fixture is read by a test.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIX = join(ROOT, 'test/fixtures');

function walk(dir: string, pred: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== 'node_modules' && !e.startsWith('.')) out.push(...walk(p, pred)); }
    else if (pred(p)) out.push(p);
  }
  return out;
}

const fixtures = walk(FIX, (f) => f.endsWith('.json') && !f.endsWith('package.json'));
const testSources = walk(join(ROOT, 'test'), (f) => f.endsWith('.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');

describe('fixtures', () => {
  it('there are fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const f of fixtures) {
    const rel = relative(FIX, f);
    it(`${rel} is read by a test`, () => {
      expect(testSources.includes(rel), `no test mentions '${rel}'`).toBe(true);
    });
    it(`${rel} has its generator and requirements beside it`, () => {
      const dir = dirname(f);
      const py = existsSync(join(dir, 'generate.py'));
      const r = existsSync(join(dir, 'generate.R'));
      expect(py || r, `${dirname(rel)} needs generate.py or generate.R`).toBe(true);
      if (py) expect(existsSync(join(dir, 'requirements.txt')), `${dirname(rel)}/requirements.txt`).toBe(true);
      if (r) expect(existsSync(join(dir, 'DESCRIPTION')), `${dirname(rel)}/DESCRIPTION`).toBe(true);
      const meta = (JSON.parse(readFileSync(f, 'utf8')) as { meta?: { tool?: string; version?: string } }).meta;
      expect(meta?.tool && meta.version, `${rel} meta.tool and meta.version`).toBeTruthy();
    });
  }
});
