import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Provenance block every fixture file carries (STYLE rule 16). */
export const FixtureMeta = z.object({
  tool: z.string().min(1),
  version: z.string().min(1),
  command: z.string().min(1),
  seed: z.union([z.number(), z.string(), z.null()]),
  generated: z.string().optional(),
  notes: z.string().optional(),
});

/** A number as written by the generators: JSON numbers, or the strings 'Infinity', '-Infinity', 'NaN'. */
export const FixtureNumber = z.union([
  z.number(),
  z.enum(['Infinity', '-Infinity', 'NaN']).transform((s) => Number(s)),
]);

/**
 * Loads `test/fixtures/<relPath>` and validates it through zod: `{ meta, cases: [...] }`.
 * A fixture that fails its schema fails the test that loads it (STYLE rule 17).
 */
export function loadFixture<S extends z.ZodType>(relPath: string, caseSchema: S): { meta: z.infer<typeof FixtureMeta>; cases: Array<z.infer<S>> } {
  const file = fileURLToPath(new URL(`../fixtures/${relPath}`, import.meta.url));
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const parsed = z.object({ meta: FixtureMeta, cases: z.array(caseSchema).min(1) }).parse(raw);
  return parsed as { meta: z.infer<typeof FixtureMeta>; cases: Array<z.infer<S>> };
}
