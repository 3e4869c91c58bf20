import { defineConfig } from 'tsup';
import { readdirSync, existsSync } from 'node:fs';

/** One entry per public subpath (see package.json `exports`). */
const modules = ['change', 'outcomes', 'equity', 'socialvalue', 'stats', 'schema', 'io', 'report'];
// The report worker's thread script is an entry of its own (dist/io/equityWorker.{js,cjs}), found by createReportWorker.
const entry: Record<string, string> = { index: 'src/index.ts', 'cli/index': 'src/cli/index.ts', 'io/equityWorker': 'src/io/_internal/equityWorker.ts' };
for (const m of modules) entry[`${m}/index`] = `src/${m}/index.ts`;
if (existsSync('src/data')) {
  for (const d of readdirSync('src/data', { withFileTypes: true })) {
    if (d.isDirectory() && !d.name.startsWith('_') && existsSync(`src/data/${d.name}/index.ts`)) {
      entry[`data/${d.name}/index`] = `src/data/${d.name}/index.ts`;
    }
  }
}

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: false,
  clean: true,
  treeshake: true,
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  // Optional peers and Node-only dependencies are never bundled.
  external: ['zod', 'exceljs', 'vega', 'vega-lite', 'danfojs', 'danfojs-node', 'csv-parse', 'date-fns', 'simple-statistics'],
});
