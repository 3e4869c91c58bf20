/**
 * renderHtml and renderMarkdown: hostile text shown as text, byte-identical output for the same seed,
 * rendered figures equal to the module functions on the same pairs, suppression on by default in
 * rendered tables, and no client id in any output format.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { buildReport, generateCohort, renderHtml, renderMarkdown, type BuildReportConfig } from 'social-outcomes/report';
import { pairReadings } from 'social-outcomes/outcomes';
import { pairedTTest, reliableChange } from 'social-outcomes/change';
import { SWEMWBS } from 'social-outcomes/data/instruments';
import { parseValueBank, type ClientRecord } from 'social-outcomes/schema';
import { DEMO_COHORT, DEMO_CONFIG } from '../../src/cli/demoData';

const bank = parseValueBank(
  parse(readFileSync(new URL('../../examples/banks/example-bank.csv', import.meta.url), 'utf8'), { columns: true, skip_empty_lines: true }) as Array<Record<string, string>>,
  { name: 'example bank (illustrative, not HACT values)' },
);
const demoConfig: BuildReportConfig = { ...DEMO_CONFIG, valueBank: bank };
const demoRecords = generateCohort(DEMO_COHORT);
const demo = buildReport(demoRecords, demoConfig);

/** Markdown without its backslash escapes, to read numbers as a reader sees them. */
const plain = (md: string): string => md.replace(/\\(.)/g, '$1');
const fmt = (x: number, signed = false): string => `${signed && x > 0 ? '+' : ''}${x.toFixed(2)}`;

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '"><img src=x onerror="window.__pwned = 2">';

describe('renderers: hostile text is shown as text, never markup', () => {
  const hostile: BuildReportConfig = {
    area: 'E08000025',
    period: { label: `2023-24 ${SCRIPT}`, start: '2023-04-01', end: '2024-03-31' },
    generated: '2024-06-30',
    title: `Report ${IMG} for ${SCRIPT}`,
    providerNames: { 'va1-housing': `${SCRIPT}VA1 Housing`, carers: `${IMG}Carers Hub`, 'pc-communities': "Communities & 'friends' <b>bold</b>" },
  };
  const model = buildReport(generateCohort({ n: 400, seed: 8 }), hostile);

  it('HTML (with inline SVG charts): no injected element or attribute, the names escaped as text', async () => {
    const html = await renderHtml(model);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<b>bold/);
    // No tag carries an event handler. The text "onerror=" may appear escaped, in text or inside quoted
    // attribute values (chart aria-labels): drop the quoted values first; a " that broke out of one
    // would leave the handler outside the quotes and fail here.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[a-z][^>]*\sonerror\s*=/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;VA1 Housing');
    expect(html).toMatch(/&quot;&gt;&lt;img src=x onerror=(&quot;|")window.__pwned = 2(&quot;|")&gt;Carers Hub/);
    expect(html).toContain('<title>Report &quot;&gt;&lt;img');
  });

  it('Markdown (and its SVG files): no raw tag, the names kept as escaped text', async () => {
    const { markdown, files } = await renderMarkdown(model);
    for (const text of [markdown, ...files.map((f) => f.svg)]) {
      expect(text).not.toMatch(/<script/i);
      expect(text).not.toMatch(/<img/i);
      expect(text).not.toMatch(/<b>bold/);
    }
    expect(plain(markdown)).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;VA1 Housing');
    expect(plain(markdown)).toContain('&quot;&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;Carers Hub');
  });
});

describe('renderers: byte-identical output for the same seed', () => {
  it('HTML and Markdown (with charts) from two independent runs of generateCohort → buildReport are identical; another seed differs', async () => {
    const once = async (seed: number): Promise<[string, string, string[]]> => {
      const m = buildReport(generateCohort({ ...DEMO_COHORT, n: 300, seed }), { ...demoConfig, seed });
      const md = await renderMarkdown(m);
      return [await renderHtml(m), md.markdown, md.files.map((f) => `${f.name}\n${f.svg}`)];
    };
    const [a, b, c] = [await once(11), await once(11), await once(12)];
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBe(b[1]);
    expect(a[2]).toEqual(b[2]);
    expect(a[2].length).toBeGreaterThan(0);
    expect(c[0]).not.toBe(a[0]);
    expect(c[1]).not.toBe(a[1]);
  }, 120_000);
});

describe('renderers: the rendered figures are the module functions’ figures', () => {
  // The SWEMWBS pairs exactly as the report documents them: first reading vs latest on or before the period end.
  const paired = pairReadings(demoRecords.flatMap((r: ClientRecord) => r.readings), { strategy: 'first-latest-before', windowEnd: '2024-03-31', minDaysApart: 14, onInvalid: 'exclude' });
  const sw = paired.pairs.filter((p) => p.instrumentId === 'swemwbs');
  const pre = sw.map((p) => p.baseline.scores['total'] as number);
  const post = sw.map((p) => p.followUp.scores['total'] as number);

  it('wellbeing: the HTML and Markdown rows show pairedTTest’s mean change and t interval on the same pairs', async () => {
    const t = pairedTTest(pre, post); // meanDifference = mean(post − pre), as the report shows change
    const cell = `${fmt(t.meanDifference, true)} (${fmt(t.ci.lower as number)} to ${fmt(t.ci.upper as number)})`;
    const md = plain((await renderMarkdown(demo, { charts: false })).markdown);
    expect(md).toMatch(new RegExp(`\\| All providers \\| ${t.n} \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| ${cell.replace(/[+()]/g, '\\$&')} \\|`));
    const html = await renderHtml(demo, { charts: false });
    expect(html).toContain(`>${cell}<`);
    expect(demo.summary.lines[6]).toContain(`mean change ${fmt(t.meanDifference, true)} points (95% CI ${fmt(t.ci.lower as number)} to ${fmt(t.ci.upper as number)}), n ${t.n}`);
  });

  it('reliable change: the rendered counts are reliableChange’s counts with the demo’s cited coefficient', async () => {
    const rel = DEMO_CONFIG.reliability?.['swemwbs'];
    expect(rel?.value).toBe(0.89);
    expect(rel?.source).toMatch(/Vaingankar.*2017.*15:153/);
    const rc = reliableChange(pre, post, { reliability: rel?.value as number, instrument: SWEMWBS });
    const improved = rc.counts.recovered + rc.counts.reliablyImproved;
    const counts = [improved, rc.counts.noReliableChange, rc.counts.reliablyDeteriorated];
    // Every cell is at least 10, so nothing is suppressed and the table shows reliable change.
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(10);
    const md = plain((await renderMarkdown(demo, { charts: false })).markdown);
    const pct = (c: number): string => `${((100 * c) / rc.n).toFixed(1)}%`;
    expect(md).toContain(`| SWEMWBS (wellbeing) | ${rc.n} | ${counts[0]} (${pct(counts[0] as number)} `);
    expect(md).toContain(`| ${counts[1]} (${pct(counts[1] as number)} `);
    expect(md).toContain(`| ${counts[2]} (${pct(counts[2] as number)} `);
    expect(md).toContain(`| ${fmt(rc.reliableChangeThreshold as number)} | 0.89 (Vaingankar JA et al. (2017)`);
    expect(demo.summary.lines[7]).toBe(`Reliable change (SWEMWBS): ${Math.round((100 * improved) / rc.n)}% reliably improved, ${Math.round((100 * (counts[2] as number)) / rc.n)}% reliably deteriorated.`);
  });
});

describe('renderers: privacy', () => {
  it('suppression is on unless the caller opts out: [c] cells by default, none when suppression is false', async () => {
    const md = (await renderMarkdown(demo, { charts: false })).markdown;
    const html = await renderHtml(demo, { charts: false });
    expect(demo.meta.suppression.applied).toBe(true);
    expect(plain(md)).toContain('[c]');
    expect(html).toContain('[c]');
    const open = buildReport(demoRecords, { ...demoConfig, suppression: false });
    const openMd = plain((await renderMarkdown(open, { charts: false })).markdown);
    const openHtml = await renderHtml(open, { charts: false });
    expect(open.meta.suppression.applied).toBe(false);
    expect(openMd).not.toContain('[c]');
    expect(openHtml).not.toContain('[c]');
  });

  it('no client id of the cohort appears in the HTML, Markdown (+ SVG) or JSON of the demo report', async () => {
    const ids = demoRecords.map((r) => r.clientId);
    expect(new Set(ids).size).toBe(600);
    const md = await renderMarkdown(demo);
    const outputs: Array<[string, string]> = [['html', await renderHtml(demo)], ['md', md.markdown], ['json', JSON.stringify(demo)], ...md.files.map((f): [string, string] => [f.name, f.svg])];
    for (const [name, text] of outputs) {
      expect(text.match(/C\d{7}/g), name).toBeNull();
      expect(ids.filter((id) => text.includes(id)), name).toEqual([]);
    }
  }, 60_000);
});

