/**
 * The portal example (examples/portal/) end to end: the page is bundled for the browser with esbuild,
 * served from 127.0.0.1, opened in headless Debian Chromium, given the bundled demo file, and the
 * summary it computes must equal the same summary computed in Node from the Node reader
 * (parseRecords + normaliseRecords), which in turn must equal the annual report's figures
 * (buildReport) for the same file.
 *
 * Needs /usr/bin/chromium (scripts/install-browser.sh); without it these tests fail, unless
 * SKIP_BROWSER_TESTS=1.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseRecords, parseRecords } from 'social-outcomes/io';
import { buildReport } from 'social-outcomes/report';
import type { ChangeFigure, ReportModel } from 'social-outcomes/report';
import { expectClose, relativeError } from '../_helpers/expectClose';
import { buildPortal } from '../../examples/portal/build.mjs';
import { csvToClients, type CsvToClientsResult, type PortalClient } from '../../examples/portal/src/csvToClients';
import { summarisePortal, type PortalChange, type PortalSummary } from '../../examples/portal/src/summarise';
import { chromiumInstalled, launchChromium, recordPage, requireChromium, serveDirectory, SKIP_BROWSER, type PageLog, type StaticServer } from './_browser';

const DEMO = fileURLToPath(new URL('../../examples/demo/demo-records.csv', import.meta.url));
const csv = readFileSync(DEMO, 'utf8');
/** What the page leaves on `window.portalSummary` (examples/portal/src/main.ts). */
interface PageResult {
  readonly read: CsvToClientsResult['stats'];
  readonly issues: number;
  readonly summary: PortalSummary;
}

const REPORT_CONFIG = { area: 'E08000025', period: '2023-24', generated: '2024-06-30' } as const;

/** The Node side: the library's own reader, then the portal's summary function. */
async function nodeRun(): Promise<{ clients: PortalClient[]; summary: PortalSummary; model: ReportModel }> {
  const parsed = await parseRecords(csv);
  expect(parsed.issues).toEqual([]);
  const clients = normaliseRecords(parsed.records).clients;
  return { clients, summary: summarisePortal(clients), model: buildReport(clients, REPORT_CONFIG) };
}

/**
 * Compares two JSON values: same shape, same strings, booleans, nulls and integers; other numbers
 * within `rtol`. Returns how many numbers differed at all and the largest relative difference.
 */
function compareJson(actual: unknown, expected: unknown, rtol: number, path = 'summary', acc = { numbers: 0, differing: 0, worst: 0 }): typeof acc {
  if (typeof expected === 'number' && typeof actual === 'number') {
    acc.numbers++;
    if (Number.isInteger(expected) && Math.abs(expected) < 2 ** 31) expect(actual, path).toBe(expected);
    else if (!Object.is(actual, expected)) {
      acc.differing++;
      acc.worst = Math.max(acc.worst, relativeError(actual, expected));
      expectClose(actual, expected, { rtol, label: path });
    }
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(expected.length);
    expected.forEach((e, i) => compareJson((actual as unknown[])[i], e, rtol, `${path}[${i}]`, acc));
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object' && !Array.isArray(actual), path).toBe(true);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a).sort(), `${path} keys`).toEqual(Object.keys(e).sort());
    for (const k of Object.keys(e)) compareJson(a[k], e[k], rtol, `${path}.${k}`, acc);
  } else {
    expect(actual, path).toEqual(expected);
  }
  return acc;
}

/** The fields of a client the page reads, in a form both readers can be compared on. */
function project(c: PortalClient): unknown {
  return {
    clientId: c.clientId,
    providerId: c.providerId,
    gender: c.gender,
    disability: c.disability,
    ethnicity: c.ethnicity,
    sex: c.sex,
    ageBand: c.ageBand,
    readings: c.readings.map((r) => ({ clientId: r.clientId, instrumentId: r.instrumentId, date: r.date, scores: r.scores, retrospective: r.retrospective })),
  };
}

describe('portal summary in Node (no browser)', () => {
  let node: Awaited<ReturnType<typeof nodeRun>>;
  beforeAll(async () => {
    node = await nodeRun();
  });

  it("reads the demo file into the same clients and readings as the library's Node reader", () => {
    const page = csvToClients(csv);
    expect(page.issues).toEqual([]);
    expect(page.stats.rows).toBe(csv.trimEnd().split('\n').length - 1);
    expect(page.clients.length).toBe(node.clients.length);
    expect(page.clients.map(project)).toEqual(node.clients.map(project));
  });

  it('reports rows it cannot read instead of guessing', () => {
    const lines = csv.split('\n');
    const header = (lines[0] as string).split(',');
    const idCol = header.indexOf('clientId');
    const dateCol = header.indexOf('readingDate');
    const bad1 = (lines[1] as string).split(',');
    bad1[idCol] = '';
    const bad2 = (lines[2] as string).split(',');
    bad2[dateCol] = '28/12/2023';
    const r = csvToClients([lines[0], bad1.join(','), bad2.join(','), lines[3]].join('\n'));
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([[1, 'clientId'], [2, 'readingDate']]);
    expect(r.stats).toEqual({ rows: 3, rowsUsed: 1, readings: 1, clients: 1 });
    expect(() => csvToClients('id,name\n1,a\n')).toThrow(/no clientId column/);
  });

  it('gives the annual report figures (buildReport) for every primary outcome, overall and per provider', () => {
    const { summary, model } = node;
    expect(summary.outcomes.map((o) => o.outcomeId)).toEqual(model.change.outcomes.map((o) => o.outcomeId));
    expect(summary.outcomes.length).toBeGreaterThanOrEqual(4);
    const same = (mine: PortalChange, theirs: ChangeFigure, label: string): void => {
      // Same functions on the same pairs in the same order: equal to the last bit, so compared exactly.
      expect({ label, n: mine.n, suppressed: mine.suppressed }).toEqual({ label, n: theirs.n, suppressed: theirs.suppressed });
      expect({ label, pre: mine.preMean, post: mine.postMean, median: mine.medianChange, p: mine.p, test: mine.test }).toEqual({
        label, pre: theirs.preMean.value, post: theirs.postMean.value, median: theirs.medianChange.value, p: theirs.p, test: theirs.test,
      });
      const ci = theirs.meanChange;
      expect({ label, ci: mine.meanChange }).toEqual({ label, ci: ci === null ? null : { estimate: ci.estimate, lower: ci.lower, upper: ci.upper } });
      expect({ label, d: mine.direction }).toEqual({ label, d: theirs.direction });
    };
    let compared = 0;
    summary.outcomes.forEach((o, k) => {
      const r = model.change.outcomes[k] as ReportModel['change']['outcomes'][number];
      same(o.overall, r.overall, `${o.outcomeId} overall`);
      expect(o.byProvider.map((p) => p.providerId)).toEqual(r.byProvider.map((p) => p.providerId));
      o.byProvider.forEach((p, j) => same(p, r.byProvider[j] as ChangeFigure, `${o.outcomeId} ${p.providerId}`));
      compared += 1 + o.byProvider.length;
    });
    same(summary.wellbeing.overall, model.wellbeing.overall, 'swemwbs overall');
    summary.wellbeing.byProvider.forEach((p, j) => same(p, model.wellbeing.byProvider[j] as ChangeFigure, `swemwbs ${p.providerId}`));
    expect(compared).toBeGreaterThan(10);
    // The demo cohort really changes: every primary outcome improves with a small p.
    for (const o of summary.outcomes) expect(o.overall.p).toBeLessThan(0.001);
  });

  it('gives the report profile against Census 2021 (ethnic group, sex, disability)', () => {
    const { summary, model } = node;
    for (const mine of summary.profile) {
      const theirs = model.profile.characteristics.find((c) => c.characteristic === mine.characteristic);
      expect(theirs, mine.characteristic).toBeDefined();
      if (theirs === undefined) continue;
      expect(mine.n).toBe(theirs.basis.n);
      expect(mine.table).toBe(theirs.baselineTable);
      expect(mine.rows.map((r) => [r.label, r.observed, r.share, r.baselineShare, r.ratio, r.pAdjusted, r.flag])).toEqual(
        theirs.rows.map((r) => [r.label, r.observed, r.observedShare, r.baselineShare, r.ratio === null ? null : { estimate: r.ratio.estimate, lower: r.ratio.lower, upper: r.ratio.upper }, r.pAdjusted, r.flag]),
      );
      expect(mine.test).toEqual(theirs.test === null ? null : { statistic: theirs.test.statistic, df: theirs.test.df, pValue: theirs.test.p });
      expect(mine.excluded).toEqual(Object.fromEntries(theirs.excluded.map((e) => [e.reason, e.count])));
    }
    expect(summary.profile.map((p) => p.characteristic)).toEqual(['ethnic-group', 'sex', 'disability']);
  });
});

describe.skipIf(SKIP_BROWSER)('portal page in headless Chromium', () => {
  let out: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let node: Awaited<ReturnType<typeof nodeRun>>;
  let built: Awaited<ReturnType<typeof buildPortal>>;

  beforeAll(async () => {
    if (!chromiumInstalled()) return; // every test below then fails with MISSING_CHROMIUM
    node = await nodeRun();
    out = mkdtempSync(join(tmpdir(), 'portal-e2e-'));
    built = await buildPortal(out);
    server = await serveDirectory(out);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out !== undefined) rmSync(out, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; log: PageLog }> {
    requireChromium();
    const page = await (browser as Browser).newPage();
    const log = await recordPage(page, (server as StaticServer).url);
    await page.goto((server as StaticServer).url);
    await page.waitForSelector('#status[data-state="ready"]');
    return { page, log };
  }

  it('has Chromium to drive', () => {
    requireChromium();
    expect(chromiumInstalled()).toBe(true);
  });

  it('bundles only browser-safe modules (no io, schema, report, zod or Node built-ins)', () => {
    requireChromium();
    const offending = built.inputs.filter((f) => /(^|\/)src\/(io|schema|report|cli)\/|node_modules\/zod\/|^node:/.test(f));
    expect(offending).toEqual([]);
    expect(built.inputs.some((f) => f.includes('src/change/summarizeChange.ts'))).toBe(true);
  });

  it('computes from the uploaded demo file the summary Node computes', async () => {
    const { page, log } = await open();
    await page.setInputFiles('#file', DEMO);
    await page.waitForSelector('#status[data-state="done"]', { timeout: 30_000 });
    const got = await page.evaluate(() => (globalThis as unknown as { portalSummary?: PageResult }).portalSummary);
    expect(got).toBeDefined();
    expect(got?.issues).toBe(0);
    expect(got?.read.clients).toBe(node.clients.length);
    // Same code on the same numbers, but Chromium's V8 and Node's V8 differ in the last bits of
    // Math.exp/log/pow (ECMAScript leaves them implementation-approximated), which reach the p-values
    // and intervals through the distribution functions: a few ulps, so rtol 1e-13 (about 450 ulp)
    // with every count, label and flag compared exactly.
    const diff = compareJson(got?.summary, JSON.parse(JSON.stringify(node.summary)) as unknown, 1e-13);
    expect(diff.numbers).toBeGreaterThan(300);
    console.info(`portal e2e: ${diff.numbers} numbers compared, ${diff.differing} differ in the last bits, worst relative difference ${diff.worst.toExponential(2)}`);

    // The tables show those numbers (first outcome row: label, pairs, means, median).
    const first = node.summary.outcomes[0] as PortalSummary['outcomes'][number];
    const cells = await page.locator('[data-testid="outcomes"] tbody tr').first().locator('th, td').allTextContents();
    expect(cells.slice(0, 5)).toEqual([first.label, String(first.overall.n), first.overall.preMean?.toFixed(3), first.overall.postMean?.toFixed(3), first.overall.medianChange?.toFixed(3)]);
    expect(await page.locator('[data-testid="outcomes"] tbody tr').count()).toBe(node.summary.outcomes.length);
    const eth = await page.locator('[data-testid="profile-ethnic-group"] tbody tr').count();
    expect(eth).toBe(5);

    // Nothing but the page and its script was fetched; nothing was blocked; no errors.
    const base = (server as StaticServer).url;
    expect(log.requests.filter((u) => !u.startsWith('data:'))).toEqual([base, `${base}portal.js`]);
    expect(log.blocked).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows provider ids from the file as text, never as markup', async () => {
    const { page, log } = await open();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const script = '<script>window.__pwned=2</script>';
    const lines = csv.split('\n');
    const text = lines
      .map((l, i) => (i === 0 ? l : l.replace(',va1-housing,', `,"${hostile.replaceAll('"', '""')}",`).replace(',carers,', `,${script},`)))
      .join('\n');
    await page.setInputFiles('#file', { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await page.waitForSelector('#status[data-state="done"]', { timeout: 30_000 });
    const body = await page.locator('#results').textContent();
    expect(body).toContain(hostile);
    expect(body).toContain(script);
    expect(await page.locator('#results img, #results script').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(log.requests.filter((u) => !u.startsWith('data:')).length).toBe(2);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with a file it cannot read', async () => {
    const { page, log } = await open();
    await page.setInputFiles('#file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nAnn,40\n') });
    await page.waitForSelector('#status[data-state="error"]');
    expect(await page.locator('#status').textContent()).toMatch(/no clientId column/);
    expect(log.pageErrors).toEqual([]);
    await page.close();
  });
});
