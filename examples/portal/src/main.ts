/**
 * The portal page: reads the CSV the user picks (it never leaves the browser), summarises it with
 * {@link summarisePortal}, and shows the figures as tables. Every value from the file is written
 * with `textContent`, never as HTML.
 *
 * @packageDocumentation
 */
import { csvToClients, type CsvToClientsResult } from './csvToClients';
import { summarisePortal, type PortalChange, type PortalCount, type PortalSummary } from './summarise';

declare global {
  interface Window {
    /** The last summary computed, for scripts and the end-to-end test. */
    portalSummary?: { readonly read: CsvToClientsResult['stats']; readonly issues: number; readonly summary: PortalSummary };
  }
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`the page has no #${id}`);
  return el as T;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

const fmt = (x: number | null, digits: number): string => (x === null ? '–' : x.toFixed(digits));
const fmtP = (p: number | null): string => (p === null ? '–' : p < 0.001 ? '< 0.001' : p.toFixed(3));
const fmtCount = (c: PortalCount): string => (c.suppressed ? '*' : String(c.value));
const fmtCi = (c: PortalChange['meanChange'], digits: number): string => (c === null ? '–' : `${c.estimate.toFixed(digits)} (${c.lower.toFixed(digits)} to ${c.upper.toFixed(digits)})`);

function table(caption: string, headers: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, testId: string): HTMLTableElement {
  const t = el('table', undefined, { 'data-testid': testId });
  t.append(el('caption', caption));
  const head = el('tr');
  for (const h of headers) head.append(el('th', h, { scope: 'col' }));
  t.append(el('thead'));
  (t.tHead as HTMLTableSectionElement).append(head);
  const body = el('tbody');
  for (const r of rows) {
    const tr = el('tr');
    r.forEach((cell, i) => tr.append(i === 0 ? el('th', cell, { scope: 'row' }) : el('td', cell)));
    body.append(tr);
  }
  t.append(body);
  return t;
}

function changeRow(name: string, f: PortalChange, digits: number): string[] {
  if (f.notComputedReason !== null) return [name, f.suppressed ? '*' : String(f.n), '–', '–', '–', '–', '–', f.notComputedReason];
  const d = f.direction;
  return [name, String(f.n), fmt(f.preMean, digits), fmt(f.postMean, digits), fmt(f.medianChange, digits), fmtCi(f.meanChange, digits), fmtP(f.p), `${fmtCount(d.improved)} / ${fmtCount(d.same)} / ${fmtCount(d.worse)}`];
}

const CHANGE_HEADERS = ['', 'Pairs', 'Baseline mean', 'Follow-up mean', 'Median change', 'Mean change (95% CI)', 'p', 'Improved / same / worse'];

function render(read: CsvToClientsResult, summary: PortalSummary): void {
  const out = $('results');
  out.replaceChildren();
  const conf = Math.round(summary.settings.confidence * 100);
  const headers = CHANGE_HEADERS.map((h) => h.replace('95%', `${conf}%`));

  out.append(el('h2', 'What was read'));
  out.append(el('p', `${read.stats.rows} rows, ${read.stats.clients} clients, ${read.stats.readings} readings; ${read.issues.length} rows left out; ${summary.pairing.pairs} baseline–follow-up pairs.`, { 'data-testid': 'read-line' }));
  if (read.issues.length > 0) {
    const list = el('ul', undefined, { 'data-testid': 'issues' });
    for (const i of read.issues.slice(0, 20)) list.append(el('li', `row ${i.row}, ${i.column}: ${i.message}`));
    out.append(list);
  }

  out.append(el('h2', 'Prevention First primary outcomes'));
  out.append(el('p', 'Mean of the mapped Outcomes Star areas as a proportion of the scale range (0–1). Test: Wilcoxon signed-rank. * = fewer than 10 (suppressed).'));
  out.append(table('Change on each primary outcome, all providers', headers, summary.outcomes.map((o) => changeRow(o.label, o.overall, 3)), 'outcomes'));
  for (const o of summary.outcomes) {
    out.append(table(`${o.label}: by provider`, headers, o.byProvider.map((p) => changeRow(p.providerId, p, 3)), `outcome-${o.outcomeId}`));
  }

  out.append(el('h2', 'Wellbeing (SWEMWBS)'));
  out.append(table('SWEMWBS metric score change (7–35), paired t-test', headers, [changeRow('All providers', summary.wellbeing.overall, 2), ...summary.wellbeing.byProvider.map((p) => changeRow(p.providerId, p, 2))], 'wellbeing'));

  out.append(el('h2', 'Who is reached, against Census 2021'));
  for (const c of summary.profile) {
    const rows = c.rows.map((r) => [r.label, fmtCount(r.observed), r.share === null ? '–' : `${(r.share * 100).toFixed(1)}%`, `${(r.baselineShare * 100).toFixed(1)}%`, fmtCi(r.ratio, 2), fmtP(r.pAdjusted), r.flag]);
    out.append(table(`${c.label}: ${c.n} clients with a known value, census table ${c.table}`, ['Category', 'Clients', 'Share', 'Census share', 'Representation ratio (CI)', 'Holm p', 'Flag'], rows, `profile-${c.characteristic}`));
    const ex = Object.entries(c.excluded).map(([k, v]) => `${k}: ${v}`).join(', ');
    out.append(el('p', `${c.test === null ? 'No test.' : `Goodness of fit: χ² = ${c.test.statistic.toFixed(2)}, df = ${c.test.df}, p = ${fmtP(c.test.pValue)}.`}${ex === '' ? '' : ` Left out: ${ex}.`}`));
  }
}

async function onFile(file: File): Promise<void> {
  const status = $('status');
  status.dataset['state'] = 'working';
  status.textContent = `Reading ${file.name}…`;
  try {
    const read = csvToClients(await file.text());
    const area = $<HTMLInputElement>('area').value.trim();
    const periodEnd = $<HTMLInputElement>('period-end').value.trim();
    const summary = summarisePortal(read.clients, { area, periodEnd });
    render(read, summary);
    window.portalSummary = { read: read.stats, issues: read.issues.length, summary };
    status.textContent = `Summarised ${read.stats.clients} clients from ${file.name}.`;
    status.dataset['state'] = 'done';
  } catch (e) {
    status.textContent = `Could not summarise ${file.name}: ${e instanceof Error ? e.message : String(e)}`;
    status.dataset['state'] = 'error';
  }
}

$<HTMLInputElement>('file').addEventListener('change', (ev) => {
  const file = (ev.target as HTMLInputElement).files?.[0];
  if (file !== undefined) void onFile(file);
});
$('status').dataset['state'] = 'ready';
$('settings').addEventListener('submit', (ev) => ev.preventDefault());
