import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { census2021, provenance, type CensusTable } from 'social-outcomes/data/census2021';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RAW = join(ROOT, 'data-raw/census2021');
const GENERATED = join(ROOT, 'src/data/census2021');

const FILES: Record<string, string> = {
  TS001: 'census2021_ts001_usual_residents.csv',
  TS007A: 'census2021_ts007a_age_18_bands.csv',
  TS007: 'census2021_ts007_age_single_year.csv',
  TS008: 'census2021_ts008_sex.csv',
  TS009: 'census2021_ts009_sex_totals.csv',
  TS021: 'census2021_ts021_ethnic_group.csv',
  TS030: 'census2021_ts030_religion.csv',
  TS038: 'census2021_ts038_disability.csv',
  TS070: 'census2021_ts070_gender_identity_detailed.csv',
  TS077: 'census2021_ts077_sexual_orientation.csv',
  TS078: 'census2021_ts078_gender_identity.csv',
};

describe('census2021 raw data', () => {
  it('data-raw holds the research CSVs unmodified (sha256 as listed in SOURCES.md)', () => {
    const sources = readFileSync(join(RAW, 'SOURCES.md'), 'utf8');
    for (const file of Object.values(FILES)) {
      const sha = createHash('sha256').update(readFileSync(join(RAW, file))).digest('hex');
      expect(sources, file).toContain(`${sha}  ${file}`);
    }
  });

  it('the bundled constants record the sha256 of the files they were built from', () => {
    for (const input of provenance.inputs) {
      const sha = createHash('sha256').update(readFileSync(join(ROOT, input.file))).digest('hex');
      expect(sha, input.file).toBe(input.sha256);
    }
    expect(provenance.inputs.length).toBe(Object.keys(FILES).length);
  });

  it('the generator reproduces the checked-in files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'census2021-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'scripts/build-census2021.mjs'), '--out', out], { stdio: 'pipe' });
      expect(readFileSync(join(out, 'areas.ts'), 'utf8')).toBe(readFileSync(join(GENERATED, 'areas.ts'), 'utf8'));
      const tables = readdirSync(join(out, 'tables')).sort();
      expect(tables).toEqual(readdirSync(join(GENERATED, 'tables')).sort());
      for (const t of tables) expect(readFileSync(join(out, 'tables', t), 'utf8'), t).toBe(readFileSync(join(GENERATED, 'tables', t), 'utf8'));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('census2021 constants', () => {
  it('every CSV value is in the constant, in its place, and nothing else is', () => {
    for (const [id, file] of Object.entries(FILES)) {
      const table = census2021.tables[id] as CensusTable;
      expect(table, id).toBeDefined();
      const rows = parse(readFileSync(join(RAW, file), 'utf8'), { columns: true }) as Array<Record<string, string>>;
      const index = new Map(table.categories.map((c, i) => [c.code, i]));
      let cells = 0;
      for (const r of rows) {
        const row = table.rows[r.area_code as string];
        expect(row, `${id} ${r.area_code}`).toBeDefined();
        expect(row?.source).toBe(r.source_id);
        if (r.level === 'total') {
          expect(r.category_code).toBe(table.totalCode);
          expect(row?.total, `${id} ${r.area_code} total`).toBe(Number(r.count));
        } else {
          const i = index.get(r.category_code as string) as number;
          const cat = table.categories[i];
          expect(cat?.sourceLabel ?? cat?.label).toBe(r.category_label);
          expect(cat?.level).toBe(r.level);
          expect(row?.counts[i], `${id} ${r.area_code} ${r.category_code}`).toBe(Number(r.count));
        }
        cells++;
      }
      let published = 0;
      for (const row of Object.values(table.rows)) {
        expect(row.counts.length).toBe(table.categories.length);
        published += row.counts.filter((v) => v !== null).length + (row.total === null ? 0 : 1);
      }
      expect(published, id).toBe(cells);
    }
  });

  it('has 331 LTLAs (309 English, 22 Welsh) and the three countries', () => {
    const ltla = Object.keys(census2021.areas).filter((c) => census2021.areas[c]?.type === 'ltla');
    expect(ltla.length).toBe(331);
    expect(ltla.filter((c) => c.startsWith('E')).length).toBe(309);
    expect(ltla.filter((c) => c.startsWith('W')).length).toBe(22);
    expect(Object.keys(census2021.areas).filter((c) => census2021.areas[c]?.type === 'country')).toEqual(['K04000001', 'E92000001', 'W92000004']);
    for (const id of ['TS007A', 'TS007', 'TS009', 'TS021', 'TS038', 'TS077']) {
      for (const c of ltla) expect(census2021.tables[id]?.rows[c], `${id} ${c}`).toBeDefined();
    }
    for (const id of ['TS030', 'TS078', 'TS070', 'TS001', 'TS008']) expect(Object.keys(census2021.tables[id]?.rows ?? {})).toEqual(['K04000001']);
  });

  it('is internally consistent: topics, caveats and sources resolve; rows are additive', () => {
    for (const [topic, ids] of Object.entries(census2021.topics)) {
      for (const id of ids ?? []) expect(census2021.tables[id]?.topic, `${topic} → ${id}`).toBe(topic);
    }
    const sourceIds = new Set(provenance.sources.map((s) => s.id));
    for (const table of Object.values(census2021.tables)) {
      for (const id of table.caveats) expect(census2021.caveats[id], `${table.id} caveat ${id}`).toBeTypeOf('string');
      for (const [area, row] of Object.entries(table.rows)) {
        expect(sourceIds.has(row.source), `${table.id} ${area} source ${row.source}`).toBe(true);
        const details = table.categories.map((c, i) => (c.level === 'detail' ? row.counts[i] : 0));
        if (row.total !== null && details.every((v) => v !== null)) {
          expect(details.reduce<number>((s, v) => s + (v as number), 0), `${table.id} ${area}`).toBe(row.total);
        }
      }
    }
    for (const id of census2021.generalCaveats) expect(census2021.caveats[id]).toBeTypeOf('string');
  });

  it('carries publisher, edition, retrieval, OGL v3.0 licence with its attribution sentence, and transformations', () => {
    expect(provenance.publisher).toBe('Office for National Statistics (ONS)');
    expect(provenance.referenceDate).toBe('2021-03-21');
    expect(provenance.licence.name).toBe('Open Government Licence v3.0');
    expect(provenance.licence.attribution).toBe('Source: Office for National Statistics licensed under the Open Government Licence v.3.0');
    expect(provenance.edition).toMatch(/Census 2021/);
    expect(provenance.retrieved).toMatch(/2026-11/);
    expect(provenance.transformations.length).toBeGreaterThan(3);
    expect(provenance.errata).toEqual([]);
    expect(census2021.caveats['gender-identity-not-accredited']).toMatch(/12 September 2024.*no longer accredited official statistics/);
  });

  it('the data subpath imports neither zod nor Node built-ins (browser-safe)', () => {
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    for (const f of walk(GENERATED)) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
      for (const spec of imports) expect(spec?.startsWith('./') || spec?.startsWith('../'), `${f} imports ${spec}`).toBe(true);
    }
  });
});
