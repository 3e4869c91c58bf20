// Reproduces the review's Table 3 cell by cell from the review's own text.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTS, type InstrumentDefinition } from 'social-outcomes/data/instruments';
import { PRIMARY_OUTCOMES, PROPOSED_MAPPING, TABLE3_CELLS, TABLE3_COLUMNS, TABLE3_MAPPING } from 'social-outcomes/data/preventionFirst';
import { mapToPrimaryOutcomes } from 'social-outcomes/outcomes';

// The project's copy of the review (Hopley et al. 2022), and a verbatim excerpt of lines 747–755
// kept in the repository so the test runs where the shared folder is absent.
const REVIEW = new URL('../../../../shared/context/birmingham-prevention-framework-review-2022.txt', import.meta.url).pathname;
const EXCERPT = new URL('../../fixtures/outcomes/table3/review-table3-lines-747-755.txt', import.meta.url).pathname;

function table3Lines(): string[] {
  if (existsSync(REVIEW)) {
    const lines = readFileSync(REVIEW, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('Table 3. How the Outcomes Star items map'));
    expect(start + 1, 'Table 3 caption line number in the review text').toBe(747);
    return lines.slice(start, start + 9);
  }
  return readFileSync(EXCERPT, 'utf8').split('\n').slice(0, 9);
}

/** Parses the tab-separated table: header, then rows whose empty first cell continues the row above. */
function parseTable3(lines: string[]): { headers: string[]; rows: Array<{ label: string; cells: string[][] }> } {
  const body = lines.slice(1).filter((l) => l.trim() !== '');
  const headers = (body[0] as string).split('\t').slice(1);
  const rows: Array<{ label: string; cells: string[][] }> = [];
  for (const line of body.slice(1)) {
    const parts = line.split('\t');
    const label = parts[0] as string;
    if (label !== '') rows.push({ label, cells: headers.map(() => []) });
    const row = rows[rows.length - 1] as { cells: string[][] };
    headers.forEach((_, c) => {
      const text = (parts[c + 1] ?? '').trim();
      if (text !== '') row.cells[c]?.push(text);
    });
  }
  return { headers, rows };
}

const table = parseTable3(table3Lines());

describe("the review's Table 3", () => {
  it('the excerpt kept in the repository is verbatim', () => {
    if (!existsSync(REVIEW)) return;
    const original = readFileSync(REVIEW, 'utf8').split('\n').slice(746, 755).join('\n');
    expect(readFileSync(EXCERPT, 'utf8').replace(/\n$/, '')).toBe(original);
  });

  it('has the four instrument columns of TABLE3_COLUMNS', () => {
    expect(table.headers).toEqual(TABLE3_COLUMNS.map((c) => c.header));
  });

  it('has the five primary outcomes as rows, in order', () => {
    expect(table.rows.map((r) => r.label)).toEqual(PRIMARY_OUTCOMES.map((o) => o.name));
  });

  const cells = PRIMARY_OUTCOMES.flatMap((o, r) => TABLE3_COLUMNS.map((c, k) => [o.id, c.instrumentId, r, k] as const));
  it.each(cells)('cell %s × %s matches the text', (outcomeId, instrumentId, r, k) => {
    const text = table.rows[r]?.cells[k]?.join(' ') ?? '';
    const cell = TABLE3_CELLS.find((x) => x.primaryOutcomeId === outcomeId && x.instrumentId === instrumentId);
    // The review prints two areas in one cell separated by a space ("Physical Health Mental Health"),
    // or on a continuation line ("Money" / "Work & learning"); both read back as the names joined by a space.
    expect(cell?.reviewNames.join(' ') ?? '').toBe(text);
    // …and the mapping holds exactly those areas for that outcome.
    const mapped = Object.entries(TABLE3_MAPPING[instrumentId] ?? {}).filter(([, o]) => o === outcomeId).map(([a]) => a);
    expect(mapped.sort()).toEqual([...(cell?.areaIds ?? [])].sort());
  });

  it('has 17 filled cells and 3 empty ones', () => {
    const filled = table.rows.flatMap((r) => r.cells).filter((c) => c.length > 0).length;
    expect(filled).toBe(17);
    expect(TABLE3_CELLS).toHaveLength(17);
  });

  it("records the review's wording of each area as its official name or an alias", () => {
    for (const cell of TABLE3_CELLS) {
      const def = INSTRUMENTS[cell.instrumentId as keyof typeof INSTRUMENTS] as InstrumentDefinition;
      expect(cell.areaIds).toHaveLength(cell.reviewNames.length);
      cell.areaIds.forEach((areaId, i) => {
        const area = def.areas.find((a) => a.id === areaId);
        expect(area, `${cell.instrumentId}.${areaId}`).toBeDefined();
        const names = [area?.name, ...(area?.aliases ?? [])];
        expect(names, `${cell.instrumentId}.${areaId}`).toContain(cell.reviewNames[i]);
      });
    }
  });

  it('keeps the shortened names measures.md §1.3 found as aliases, matched by id not string', () => {
    const star = INSTRUMENTS['homelessness-star'];
    expect(star.areas.find((a) => a.id === 'managing-money')?.aliases).toEqual(['Managing money & administration']);
    expect(star.areas.find((a) => a.id === 'emotional-mental-health')?.aliases).toEqual(['Mental Health']);
  });

  it('maps every area to at most one outcome and every target to a primary outcome', () => {
    const ids = new Set(PRIMARY_OUTCOMES.map((o) => o.id));
    for (const byArea of Object.values(TABLE3_MAPPING)) for (const o of Object.values(byArea)) expect(ids.has(o)).toBe(true);
  });

  it('PROPOSED_MAPPING is a valid mapping for the Home Star and Carers Star and is never the default', () => {
    const r = mapToPrimaryOutcomes('home-star', { 'where-i-am-living': 7, 'my-money': 4, 'my-health': 5, 'my-wellbeing': 6, 'friends-relationships': 2 }, { mapping: { ...TABLE3_MAPPING, ...PROPOSED_MAPPING } });
    expect(r.mapping).toBe('user');
    expect(r.unmapped).toEqual(['carers-feeling-supported']);
    expect(mapToPrimaryOutcomes('home-star', { 'where-i-am-living': 7 }).unmapped).toHaveLength(5);
    expect(mapToPrimaryOutcomes('carers-star', { 'time-for-yourself': 3 }, { mapping: PROPOSED_MAPPING, missingAreas: 'skip' }).scores['carers-feeling-supported']).toBe((3 - 1) / (10 - 1));
  });
});
