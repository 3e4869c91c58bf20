/**
 * `renderMarkdown`: a report model to Markdown text plus the chart SVG files it links to.
 *
 * @packageDocumentation
 */
import { booleanOption, optionsObject } from '../_internal/validate';
import { InvalidInputError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import type { ReportModel } from './reportModel';
import { renderChartSvg } from './charts/renderChartSvg';
import { buildDocument, type Block, type TableBlock } from './_internal/renderDocument';
import { escapeMarkdown } from './_internal/escape';
import { checkModel } from './_internal/renderModelCheck';
import { intText } from './_internal/renderFormat';

const FN = 'renderMarkdown';

/** Options of {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /**
   * Draw the charts as SVG files (needs the optional peers `vega` and `vega-lite`). With `false`
   * there are no figures and `files` is empty.
   *
   * @defaultValue true
   */
  readonly charts?: boolean;
  /**
   * Folder, relative to the Markdown file, the SVG files are linked from (letters, digits, `-`, `_`, `.`, `/`).
   *
   * @defaultValue 'charts'
   */
  readonly chartDir?: string;
}

/** Result of {@link renderMarkdown}. */
export interface RenderMarkdownResult {
  /** The Markdown document (CommonMark with GFM tables and footnotes). */
  readonly markdown: string;
  /** Chart files to write next to it, under `chartDir` (names are `<chartDir>/<chart id>.svg`). */
  readonly files: ReadonlyArray<{
    /** Relative path, e.g. `charts/star-profile-independence.svg`. */
    readonly name: string;
    /** The SVG document. */
    readonly svg: string;
  }>;
}

const m = escapeMarkdown;

function tableMd(t: TableBlock, marker: string): string {
  const lines = [`**${m(t.caption)}**`];
  if (t.basis !== undefined) lines.push(`n = ${m(intText(t.basis.n))} ${m(t.basis.unit)}. Method: ${m(t.basis.method)}. Source: ${m(t.basis.source)}.`);
  lines.push('');
  lines.push(`| ${t.columns.map((c) => m(c.label)).join(' | ')} |`);
  lines.push(`| ${t.columns.map((c) => (c.numeric ? '---:' : ':---')).join(' | ')} |`);
  for (const row of t.rows) lines.push(`| ${row.map((c) => (c.suppressed === true ? `${m(marker)}[^suppressed]` : m(c.text))).join(' | ')} |`);
  if (t.notes !== undefined && t.notes.length > 0) lines.push('', t.notes.map(m).join(' '));
  return lines.join('\n');
}

function blockMd(b: Block, dir: string, marker: string): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${m(b.text)}`;
    case 'paragraph':
      return b.role === 'finding' ? `> ${m(b.text)}` : m(b.text);
    case 'list':
      return b.items.map((i) => `- ${m(i)}`).join('\n');
    case 'definitions':
      return b.items.map(([k, v]) => `- **${m(k)}:** ${m(v)}`).join('\n');
    case 'table':
      return tableMd(b, marker);
    case 'figure': {
      const c = b.chart;
      return [
        `![${m(c.description)}](${dir}/${c.id}.svg)`,
        '',
        `*Figure ${b.number}. ${m(c.title)}.* n = ${m(intText(c.basis.n))} ${m(c.basis.unit)}. Method: ${m(c.basis.method)}. Source: ${m(c.basis.source)}.`,
      ].join('\n');
    }
  }
}

/**
 * Renders a report model as Markdown (GFM tables and footnotes) with its charts as separate SVG
 * files, for a repository, a wiki or a static-site generator.
 *
 * @remarks
 * The same document as `renderHtml` (same sections, tables, captions and numbers), serialised as
 * Markdown. Every string from the data is escaped: HTML-significant characters become entities and
 * Markdown punctuation is backslash-escaped, so a provider name can neither inject HTML nor start a
 * link, image, emphasis or table cell. Suppressed counts print as the model's marker with a
 * footnote `[^suppressed]`. Images use the chart's long description as alt text and link to
 * `<chartDir>/<id>.svg`; the SVG files (with `<title>` and `<desc>`) are returned in `files` for the
 * caller to write. Deterministic: same model and options, same bytes.
 *
 * **Formula** — none: presentation only (rounding as `renderHtml`).
 *
 * **References**
 * - GitHub (2024). GitHub Flavored Markdown Spec, version 0.29-gfm: tables (§4.10), backslash escapes (§6.1). https://github.github.com/gfm/
 *
 * @param model - a report model from `buildReport`
 * @param options - charts on or off, chart folder; see {@link RenderMarkdownOptions}
 * @returns `{ markdown, files }`
 * @throws {InvalidInputError} when `model` is not a report model or an option is invalid
 * @throws {SocialOutcomesError} with code `missing-peer` when charts are on and `vega` or `vega-lite` is not installed
 * @example
 * ```ts
 * import { buildReport, generateCohort, renderMarkdown } from 'social-outcomes/report';
 * const model = buildReport(generateCohort({ n: 200, seed: 3 }), { area: 'E08000025', period: '2023-24', generated: '2024-06-30' });
 * const { markdown, files } = await renderMarkdown(model, { charts: false });
 * markdown.startsWith('# Prevention outcomes report\\: Birmingham 2023-24') //=> true
 * files.length //=> 0
 * await renderMarkdown(model, { chartDir: '../x' }) //=> throws InvalidInputError
 * ```
 */
export async function renderMarkdown(model: ReportModel, options?: RenderMarkdownOptions): Promise<RenderMarkdownResult> {
  checkModel(FN, model);
  const o = optionsObject(FN, options, ['charts', 'chartDir']);
  const charts = booleanOption(FN, 'options.charts', o.charts, true, ['options', 'charts']);
  const dir = o.chartDir ?? 'charts';
  if (typeof dir !== 'string' || !/^[A-Za-z0-9_-][A-Za-z0-9_./-]*$/.test(dir) || dir.split('/').includes('..')) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${FN} requires options.chartDir to be a relative folder without '..' (got ${describeValue(dir)})`, path: ['options', 'chartDir'] });
  }
  const doc = buildDocument(model, { charts });
  const files: Array<{ name: string; svg: string }> = [];
  for (const c of doc.charts) files.push({ name: `${dir}/${c.id}.svg`, svg: await renderChartSvg(c) });

  const parts: string[] = [`# ${m(doc.title)}`, '', m(doc.subtitle), '', '## Contents', '', doc.sections.map((s, i) => `${i + 1}. [${m(s.title)}](#${s.id})`).join('\n')];
  for (const s of doc.sections) {
    parts.push('', `<a id="${s.id}"></a>`, '', `## ${m(s.title)}`);
    for (const b of s.blocks) parts.push('', blockMd(b, dir, doc.marker));
  }
  parts.push('', `[^suppressed]: ${m(doc.suppressionNote)}`, '');
  return { markdown: parts.join('\n'), files };
}
