// STYLE rule 3: every public file of a module is exported from the module's index.ts.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const modules = readdirSync(SRC).filter((d) => statSync(join(SRC, d)).isDirectory() && !d.startsWith('_') && d !== 'cli');

function publicFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) out.push(...publicFiles(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.ts') && entry.name !== 'index.ts' && !entry.name.endsWith('.d.ts')) out.push(`${prefix}${entry.name.slice(0, -3)}`);
  }
  return out;
}

describe('module barrels', () => {
  for (const mod of modules) {
    const dir = join(SRC, mod);
    if (mod === 'data') {
      for (const table of readdirSync(dir).filter((d) => !d.startsWith('_') && statSync(join(dir, d)).isDirectory())) {
        it(`src/data/${table} has an index.ts`, () => {
          expect(existsSync(join(dir, table, 'index.ts'))).toBe(true);
        });
      }
      continue;
    }
    it(`src/${mod}/index.ts exports every public file`, () => {
      const index = readFileSync(join(dir, 'index.ts'), 'utf8');
      const missing = publicFiles(dir).filter((f) => !index.includes(`'./${f}'`));
      expect(missing, `files missing from src/${mod}/index.ts`).toEqual([]);
    });
  }

  it('the root entry re-exports the browser-safe modules and nothing Node-only', () => {
    const root = readFileSync(join(SRC, 'index.ts'), 'utf8');
    for (const m of ['errors', 'stats', 'change', 'outcomes', 'equity', 'socialvalue']) {
      expect(root, `src/index.ts should export ./${m}`).toContain(`'./${m}'`);
    }
    for (const m of ['io', 'report', 'cli', 'schema']) expect(root).not.toContain(`'./${m}'`);
  });
});
