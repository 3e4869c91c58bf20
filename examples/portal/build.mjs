#!/usr/bin/env node
// Bundles the portal example for the browser with esbuild: examples/portal/src/main.ts → <outdir>/portal.js,
// and copies index.html next to it. `social-outcomes` and its subpaths resolve to this checkout's src/
// (a portal of your own imports the published package instead: drop the alias).
// Usage: node examples/portal/build.mjs [outdir]   (default out/portal, which git and eslint ignore,
// next to the CLI demo's out/demo/report.html)
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');

/**
 * Builds the page into `outdir`.
 * @param {string} [outdir] directory to write index.html and portal.js to
 * @param {{ minify?: boolean }} [options] minify the bundle (default true)
 * @returns {Promise<{ outdir: string, bytes: number, inputs: string[] }>} where it went, bundle size, bundled source files
 */
export async function buildPortal(outdir = join(root, 'out/portal'), options = {}) {
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'src/main.ts')],
    outfile: join(outdir, 'portal.js'),
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: ['es2022'],
    minify: options.minify ?? true,
    sourcemap: false,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
    alias: { 'social-outcomes': join(root, 'src') },
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  const out = Object.values(result.metafile.outputs)[0];
  return { outdir, bytes: out?.bytes ?? 0, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { outdir, bytes } = await buildPortal(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  console.log(`built ${join(outdir, 'index.html')} (portal.js ${(bytes / 1024).toFixed(0)} kB); serve the folder over http and open it`);
}
