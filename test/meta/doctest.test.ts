// STYLE rule 10: every @example in src/ runs, and each `expr //=> value` line is checked.
//
// Rules for example authors:
// - a `//=>` line holds one complete expression on its left; its right side is a JavaScript literal
//   (number, string, array, object; objects are matched partially, like toMatchObject);
// - a number shown with k decimals passes when the result rounds to it (|a − e| ≤ 0.5·10^−k);
//   a number shown without decimals must match to 1e-9 relative;
// - `//=> throws InvalidInputError` checks that the expression throws that class.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'test/.doctest');

interface Example { file: string; line: number; code: string }

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== '_internal') out.push(...walk(p)); }
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function extractExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example/.test(lines[i] ?? '')) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j] ?? '')) {
      if (/^\s*\*\s*@\w/.test(lines[j] ?? '') || /\*\//.test(lines[j] ?? '')) break;
      j++;
    }
    if (!/^\s*\*\s*```/.test(lines[j] ?? '')) continue;
    const start = j + 1;
    let k = start;
    const body: string[] = [];
    while (k < lines.length && !/^\s*\*\s*```/.test(lines[k] ?? '')) {
      body.push((lines[k] ?? '').replace(/^\s*\* ?/, ''));
      k++;
    }
    examples.push({ file, line: start + 1, code: body.join('\n') });
    i = k;
  }
  return examples;
}

function transform(ex: Example): string {
  const imports: string[] = [];
  const body: string[] = [];
  ex.code.split('\n').forEach((line, n) => {
    if (/^\s*import\s/.test(line)) { imports.push(line); return; }
    const at = line.indexOf('//=>');
    if (at < 0) { body.push(line); return; }
    const left = line.slice(0, at).trim().replace(/;\s*$/, '');
    const right = line.slice(at + 4).trim();
    const loc = JSON.stringify(`${relative(ROOT, ex.file)}:${ex.line + n}`);
    const thrown = /^throws\s+(\w+)/.exec(right);
    if (thrown) body.push(`await __throws(async () => (${left}), ${JSON.stringify(thrown[1])}, ${loc});`);
    else body.push(`__check(await (${left}), (${right}), ${loc});`);
  });
  return [
    ...imports,
    `import { __check, __throws } from '../_helpers/doctestRuntime';`,
    'export async function run(): Promise<void> {',
    ...body.map((l) => `  ${l}`),
    '}',
    '',
  ].join('\n');
}

/** ```ts blocks of a Markdown file (README, docs/*.md): the same `//=>` rules apply. */
function extractMarkdownExamples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/.test(lines[i] ?? '')) continue;
    const body: string[] = [];
    let k = i + 1;
    while (k < lines.length && !/^```\s*$/.test(lines[k] ?? '')) body.push(lines[k++] ?? '');
    examples.push({ file, line: i + 2, code: body.join('\n') });
    i = k;
  }
  return examples;
}

const examples = [...walk(SRC).flatMap(extractExamples), ...extractMarkdownExamples(join(ROOT, 'README.md'))];
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

describe('documentation examples', () => {
  it('every example has at least one checked line', () => {
    const unchecked = examples.filter((e) => !e.code.includes('//=>')).map((e) => `${relative(ROOT, e.file)}:${e.line}`);
    expect(unchecked).toEqual([]);
  });
  examples.forEach((ex, i) => {
    it(`${relative(ROOT, ex.file)}:${ex.line}`, async () => {
      const path = join(OUT, `ex${i}.ts`);
      writeFileSync(path, transform(ex));
      const mod = (await import(/* @vite-ignore */ path)) as { run: () => Promise<void> };
      await mod.run();
    });
  });
});
