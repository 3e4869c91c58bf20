import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^social-outcomes\/data\/(.*)$/, replacement: `${src}/data/$1/index.ts` },
      { find: /^social-outcomes\/(.*)$/, replacement: `${src}/$1/index.ts` },
      { find: /^social-outcomes$/, replacement: `${src}/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.doctest/**', 'node_modules/**', 'test/integration/**'],
    testTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['test/_helpers/fastCheckSeed.ts'],
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
  },
});
