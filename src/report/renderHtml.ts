/**
 * `renderHtml`: a report model to one self-contained, accessible HTML page.
 *
 * @packageDocumentation
 */
import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { booleanOption, optionsObject } from '../_internal/validate';
import type { ReportModel } from './reportModel';
import { renderChartSvg } from './charts/renderChartSvg';
import { buildDocument, type Block, type Cell, type TableBlock } from './_internal/renderDocument';
import { escapeHtml } from './_internal/escape';
import { REPORT_CSS } from './_internal/renderHtmlCss';
import { checkModel } from './_internal/renderModelCheck';
import { intText } from './_internal/renderFormat';

const FN = 'renderHtml';

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /**
   * Draw the charts (inline SVG via the optional peers `vega` and `vega-lite`). With `false` the page
   * has every table but no figure, and needs neither package.
   *
   * @defaultValue true
   */
  readonly charts?: boolean;
  /**
   * Language of the page (`lang` attribute), a BCP 47 tag.
   *
   * @defaultValue 'en-GB'
   */
  readonly lang?: string;
}

const e = escapeHtml;

function cellHtml(c: Cell, numeric: boolean, marker: string): string {
  const cls = [numeric ? 'num' : '', c.suppressed === true ? 'suppressed' : ''].filter((x) => x !== '').join(' ');
  const attr = cls === '' ? '' : ` class="${cls}"`;
  if (c.suppressed === true) return `<td${attr}>${e(marker)}<sup><a href="#fn-suppression" aria-label="suppressed: see note">*</a></sup></td>`;
  return `<td${attr}>${e(c.text)}</td>`;
}

function tableHtml(t: TableBlock, marker: string): string {
  const basis = t.basis === undefined ? '' : `<span class="basis">n = ${e(intText(t.basis.n))} ${e(t.basis.unit)}. Method: ${e(t.basis.method)}. Source: ${e(t.basis.source)}.</span>`;
  const head = `<thead><tr>${t.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${e(c.label)}</th>`).join('')}</tr></thead>`;
  const body = t.rows
    .map((row) => {
      const [first, ...rest] = row;
      const th = `<th scope="row">${e(first?.text ?? '')}</th>`;
      return `<tr>${th}${rest.map((c, i) => cellHtml(c, t.columns[i + 1]?.numeric ?? false, marker)).join('')}</tr>`;
    })
    .join('\n');
  const notes = t.notes !== undefined && t.notes.length > 0 ? `\n<p class="table-notes">${t.notes.map(e).join(' ')}</p>` : '';
  return `<div class="table-wrap"><table>\n<caption>${e(t.caption)}${basis}</caption>\n${head}\n<tbody>\n${body}\n</tbody>\n</table></div>${notes}`;
}

function blockHtml(b: Block, marker: string, svgs: ReadonlyMap<string, string>): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level} id="${e(b.id)}">${e(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p${b.role !== undefined ? ` class="${b.role}"` : ''}>${e(b.text)}</p>`;
    case 'list':
      return `<ul>\n${b.items.map((i) => `<li>${e(i)}</li>`).join('\n')}\n</ul>`;
    case 'definitions':
      return `<dl>\n${b.items.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('\n')}\n</dl>`;
    case 'table':
      return tableHtml(b, marker);
    case 'figure': {
      const c = b.chart;
      const svg = svgs.get(c.id) ?? '';
      return (
        `<figure id="figure-${e(c.id)}" aria-labelledby="caption-${e(c.id)}">\n${svg}\n` +
        `<figcaption id="caption-${e(c.id)}"><strong>Figure ${b.number}.</strong> ${e(c.title)}.` +
        `<span class="basis">n = ${e(intText(c.basis.n))} ${e(c.basis.unit)}. Method: ${e(c.basis.method)}. Source: ${e(c.basis.source)}.</span>` +
        `<details><summary>Describe this chart</summary><p>${e(c.description)}</p></details></figcaption>\n</figure>`
      );
    }
  }
}

/**
 * Renders a report model as one self-contained HTML page: inline CSS and inline SVG charts, no
 * script, no request to any server, accessible and printable.
 *
 * @remarks
 * Sections: summary (the model's ten lines), reach, profile against Census 2021, change on the
 * Prevention First outcomes, wellbeing, reliable change, equity, social value, data quality,
 * caveats, and sources and method. Every table has a `<caption>` stating n, method and source,
 * column and row headers with `scope`; every figure is an SVG with `role="img"`, `<title>` and
 * `<desc>` (the chart's long description, which lists every plotted value), a `<figcaption>` with n,
 * method and source, and the same numbers in the table beside it. Headings run h1 → h2 → h3 → h4
 * without gaps; the page has `lang`, a skip link and a contents list. Suppressed counts print as
 * the model's marker (e.g. `[c]`) with a footnote. Every string from the data (provider names,
 * labels, areas, messages) is HTML-escaped; no URL is ever placed in an `href` or `src` (source
 * addresses are printed as text), so the page makes no network request, even when printed.
 * Output is deterministic: the same model and options give the same bytes.
 *
 * **Formula** — none: presentation only; numbers are the model's, rounded for display
 * (counts whole, shares to 0.1 %, means and intervals to 2 decimals, p to 3 decimals or `<0.001`).
 *
 * **References**
 * - W3C (2023). Web Content Accessibility Guidelines (WCAG) 2.2, 1.1.1 Non-text Content, 1.3.1 Info and Relationships. https://www.w3.org/TR/WCAG22/
 * - Government Analysis Function (2021). Releasing statistics in spreadsheets / Data visualisation: charts. https://analysisfunction.civilservice.gov.uk/policy-store/data-visualisation-charts/
 *
 * @param model - a report model from `buildReport`
 * @param options - charts on or off, page language; see {@link RenderHtmlOptions}
 * @returns the HTML document as a string
 * @throws {InvalidInputError} when `model` is not a report model or an option is invalid
 * @throws {SocialOutcomesError} with code `missing-peer` when charts are on and `vega` or `vega-lite` is not installed
 * @example
 * ```ts
 * import { buildReport, generateCohort, renderHtml } from 'social-outcomes/report';
 * const model = buildReport(generateCohort({ n: 200, seed: 3 }), { area: 'E08000025', period: '2023-24', generated: '2024-06-30', providerNames: { carers: '<script>alert(1)</script>' } });
 * const html = await renderHtml(model, { charts: false });
 * html.startsWith('<!doctype html>') //=> true
 * html.includes('<script') //=> false
 * html.includes('&lt;script&gt;alert(1)&lt;/script&gt;') //=> true
 * await renderHtml({}) //=> throws InvalidInputError
 * ```
 */
export async function renderHtml(model: ReportModel, options?: RenderHtmlOptions): Promise<string> {
  checkModel(FN, model);
  const o = optionsObject(FN, options, ['charts', 'lang']);
  const charts = booleanOption(FN, 'options.charts', o.charts, true, ['options', 'charts']);
  const lang = o.lang ?? 'en-GB';
  if (typeof lang !== 'string' || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires options.lang to be a language tag such as 'en-GB' (got ${describeValue(lang)})`, path: ['options', 'lang'] });
  }
  const doc = buildDocument(model, { charts });
  const svgs = new Map<string, string>();
  for (const c of doc.charts) svgs.set(c.id, await renderChartSvg(c));

  const toc = doc.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`).join('\n');
  const sections = doc.sections
    .map((s) => `<section id="${e(s.id)}" aria-labelledby="${e(s.id)}-heading">\n<h2 id="${e(s.id)}-heading">${e(s.title)}</h2>\n${s.blocks.map((b) => blockHtml(b, doc.marker, svgs)).join('\n')}\n</section>`)
    .join('\n');
  return [
    '<!doctype html>',
    `<html lang="${e(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="social-outcomes ${e(model.meta.libraryVersion)}">`,
    `<title>${e(doc.title)}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header>',
    `<h1>${e(doc.title)}</h1>`,
    `<p class="subtitle">${e(doc.subtitle)}</p>`,
    '</header>',
    '<nav aria-label="Contents">',
    `<ol>\n${toc}\n</ol>`,
    '</nav>',
    '<main id="main">',
    sections,
    '</main>',
    '<footer>',
    `<p id="fn-suppression">* ${e(doc.suppressionNote)}</p>`,
    `<p>Made with social-outcomes ${e(model.meta.libraryVersion)} (report model ${e(String(model.meta.modelVersion))}). Change scores are not causal impact; see Caveats.</p>`,
    '</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
