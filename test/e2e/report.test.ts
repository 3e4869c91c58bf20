/**
 * The HTML report in headless Debian Chromium: the demo report (bundled demo file → buildReport →
 * renderHtml) is opened from a static server on 127.0.0.1 with every other request blocked; it must
 * render with no console errors and no request but its own, be accessible in structure, show
 * hostile provider names as text, and give a non-trivial full-page screenshot.
 *
 * Needs /usr/bin/chromium (scripts/install-browser.sh); without it these tests fail, unless
 * SKIP_BROWSER_TESTS=1. Set E2E_SCREENSHOT_DIR to keep the screenshots.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseRecords, parseRecords } from 'social-outcomes/io';
import * as report from 'social-outcomes/report';
import type { BuildReportConfig, ReportModel } from 'social-outcomes/report';
import { chromiumInstalled, launchChromium, pngSize, recordPage, requireChromium, serveDirectory, SKIP_BROWSER, type StaticServer } from './_browser';

const DEMO = fileURLToPath(new URL('../../examples/demo/demo-records.csv', import.meta.url));
const CONFIG: BuildReportConfig = { area: 'E08000025', period: '2023-24', generated: '2024-06-30' };
const HOSTILE = {
  'va1-housing': '<script>window.__pwned = 1</script>VA1 Housing',
  carers: '"><img src=x onerror="window.__pwned = 2">Carers Hub',
};

/** renderHtml of src/report, whatever it returns (a string, a promise of one, or `{ html }`). */
async function renderReportHtml(model: ReportModel): Promise<string> {
  // From the module barrel; from its own file while the barrel does not list it yet.
  const render = (report as unknown as Record<string, unknown>)['renderHtml'] ?? (await import('../../src/report/renderHtml')).renderHtml;
  if (typeof render !== 'function') throw new Error('src/report does not export renderHtml (issue 8: HTML renderer)');
  const out: unknown = await (render as (m: ReportModel) => unknown)(model);
  const html = typeof out === 'string' ? out : (out as { html?: unknown } | null)?.html;
  if (typeof html !== 'string') throw new Error(`renderHtml returned ${typeof out}, not an HTML string`);
  return html;
}

describe.skipIf(SKIP_BROWSER)('HTML report in headless Chromium', () => {
  let dir: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let model: ReportModel;

  beforeAll(async () => {
    if (!chromiumInstalled()) return; // every test below then fails with MISSING_CHROMIUM
    const parsed = await parseRecords(readFileSync(DEMO, 'utf8'));
    const clients = normaliseRecords(parsed.records).clients;
    model = report.buildReport(clients, { ...CONFIG, issues: parsed.issues });
    const hostileModel = report.buildReport(clients, { ...CONFIG, providerNames: HOSTILE });
    dir = mkdtempSync(join(tmpdir(), 'report-e2e-'));
    writeFileSync(join(dir, 'report.html'), await renderReportHtml(model));
    writeFileSync(join(dir, 'hostile.html'), await renderReportHtml(hostileModel));
    server = await serveDirectory(dir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  it('has Chromium to drive', () => {
    requireChromium();
    expect(chromiumInstalled()).toBe(true);
  });

  it('renders the demo report with no console errors and no request but the page itself', async () => {
    requireChromium();
    const page = await (browser as Browser).newPage({ viewport: { width: 1280, height: 900 } });
    const log = await recordPage(page, (server as StaticServer).url);
    const url = `${(server as StaticServer).url}report.html`;
    await page.goto(url, { waitUntil: 'load' });
    expect(log.requests.filter((u) => !u.startsWith('data:'))).toEqual([url]);
    expect(log.blocked).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);

    // Accessible structure: language, one h1 with the title, captioned tables, labelled charts.
    expect(await page.getAttribute('html', 'lang')).toMatch(/^en/);
    expect((await page.locator('h1').allTextContents()).join(' ')).toContain(model.meta.title);
    expect(await page.locator('h2').count()).toBeGreaterThanOrEqual(5);
    const tables = await page.locator('table').count();
    expect(tables).toBeGreaterThanOrEqual(3);
    expect(await page.locator('table > caption').count()).toBe(tables);
    const svgs = page.locator('svg');
    const charts = await svgs.count();
    expect(charts).toBeGreaterThanOrEqual(1);
    for (let i = 0; i < charts; i++) {
      const svg = svgs.nth(i);
      if ((await svg.getAttribute('aria-hidden')) === 'true') continue;
      expect(await svg.getAttribute('role'), `svg ${i} role`).toBe('img');
      expect(await svg.locator('title').count(), `svg ${i} title`).toBeGreaterThanOrEqual(1);
      // Drawn at a real size with marks in it (not an empty or collapsed SVG).
      const box = await svg.boundingBox();
      expect(box?.width ?? 0, `svg ${i} width`).toBeGreaterThan(200);
      expect(box?.height ?? 0, `svg ${i} height`).toBeGreaterThan(80);
      expect(await svg.locator('path, line, rect, circle').count(), `svg ${i} marks`).toBeGreaterThan(3);
    }
    expect(await page.locator('img:not([alt])').count()).toBe(0);
    // The figures are there: every primary outcome is named.
    const text = await page.locator('body').innerText();
    for (const o of model.change.outcomes) expect(text).toContain(o.label);

    // Screenshot: a real, long page, not a blank one.
    const png = await page.screenshot({ fullPage: true, type: 'png' });
    const { width, height } = pngSize(png);
    expect(width).toBe(1280);
    expect(height).toBeGreaterThan(1500);
    expect(png.byteLength).toBeGreaterThan(60_000);
    const keep = process.env['E2E_SCREENSHOT_DIR'];
    const file = join(keep ?? (dir as string), 'report.png');
    if (keep !== undefined) {
      mkdirSync(keep, { recursive: true });
      writeFileSync(join(keep, 'report-top.png'), await page.screenshot({ type: 'png' }));
      writeFileSync(join(keep, 'report.html'), readFileSync(join(dir as string, 'report.html')));
    }
    writeFileSync(file, png);
    expect(statSync(file).size).toBe(png.byteLength);
    await page.close();
  });

  it('shows hostile provider names as text and runs none of them', async () => {
    requireChromium();
    const page = await (browser as Browser).newPage();
    const log = await recordPage(page, (server as StaticServer).url);
    const url = `${(server as StaticServer).url}hostile.html`;
    await page.goto(url, { waitUntil: 'load' });
    const text = await page.locator('body').innerText();
    for (const name of Object.values(HOSTILE)) expect(text).toContain(name);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"], img[onerror]').count()).toBe(0);
    expect(log.requests.filter((u) => !u.startsWith('data:'))).toEqual([url]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await page.close();
  });
});
