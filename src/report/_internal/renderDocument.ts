/**
 * The report as a format-neutral document (sections of headings, paragraphs, lists, tables and
 * figures, all text plain and unescaped), built once from the model and serialised by renderHtml
 * and renderMarkdown, so both formats show exactly the same figures.
 *
 * @packageDocumentation
 */
import type {
  Breakdown,
  ChangeFigure,
  CharacteristicComparison,
  Disparity,
  ExclusionCount,
  FigureBasis,
  ReportCount,
  ReportModel,
  SocialValueComputed,
} from '../reportModel';
import type { ChartSpec } from '../charts/chartSpec';
import { starProfileChart } from '../charts/starProfileChart';
import { representationChart } from '../charts/representationChart';
import { forestPlot } from '../charts/forestPlot';
import { valueWaterfall } from '../charts/valueWaterfall';
import { tornadoChart } from '../charts/tornadoChart';
import {
  confidenceText,
  countText,
  intText,
  intervalText,
  moneyText,
  numText,
  percentIntervalText,
  pText,
  shareText,
  signedText,
} from './renderFormat';
import { slug } from './escape';

/** A table cell: plain text, or a suppressed count. */
export interface Cell {
  /** Text (plain, unescaped). */
  readonly text: string;
  /** True for a suppressed count: the renderer prints the marker with a footnote reference. */
  readonly suppressed?: boolean;
}

/** A table: caption, basis, columns, rows (first cell of a row is its header). */
export interface TableBlock {
  readonly kind: 'table';
  readonly caption: string;
  readonly basis?: FigureBasis;
  readonly columns: ReadonlyArray<{ readonly label: string; readonly numeric: boolean }>;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell>>;
  readonly notes?: ReadonlyArray<string>;
}

/** One block of the document. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 3 | 4; readonly text: string; readonly id: string }
  | { readonly kind: 'paragraph'; readonly text: string; readonly role?: 'basis' | 'note' | 'finding' | 'lead' }
  | { readonly kind: 'list'; readonly items: ReadonlyArray<string> }
  | { readonly kind: 'definitions'; readonly items: ReadonlyArray<readonly [string, string]> }
  | TableBlock
  | { readonly kind: 'figure'; readonly chart: ChartSpec; readonly number: number };

/** A top-level section (an `h2`). */
export interface Section {
  readonly id: string;
  readonly title: string;
  readonly blocks: ReadonlyArray<Block>;
}

/** The whole document. */
export interface ReportDocument {
  readonly title: string;
  /** Line under the title: area, period, date. */
  readonly subtitle: string;
  readonly sections: ReadonlyArray<Section>;
  /** Text of the suppression footnote. */
  readonly suppressionNote: string;
  /** Marker printed for suppressed cells. */
  readonly marker: string;
  /** Every chart, in document order. */
  readonly charts: ReadonlyArray<ChartSpec>;
}

const SUP = (c: ReportCount): Cell => {
  const t = countText(c);
  return t === null ? { text: '', suppressed: true } : { text: t };
};
const T = (text: string): Cell => ({ text });

/** Builds the document. `charts: false` leaves figures out (tables carry every number anyway). */
export function buildDocument(model: ReportModel, options: { readonly charts: boolean }): ReportDocument {
  const charts: ChartSpec[] = [];
  const usedIds = new Set<string>();
  let tableNo = 0;
  const figure = (make: () => ChartSpec): Block[] => {
    if (!options.charts) return [];
    const chart = make();
    let id = chart.id;
    for (let k = 2; usedIds.has(id); k++) id = `${chart.id}-${k}`;
    usedIds.add(id);
    const c = id === chart.id ? chart : { ...chart, id };
    charts.push(c);
    return [{ kind: 'figure', chart: c, number: charts.length }];
  };
  const table = (t: Omit<TableBlock, 'kind' | 'caption'> & { caption: string }): TableBlock => {
    tableNo += 1;
    return { kind: 'table', ...t, caption: `Table ${tableNo}. ${t.caption}` };
  };
  const conf = confidenceText(model.meta.confidence);
  const providerName = new Map(model.meta.providers.map((p) => [p.id, p.name]));

  const breakdownTable = (caption: string, b: Breakdown, what: string): TableBlock =>
    table({
      caption,
      basis: b.basis,
      columns: [
        { label: what, numeric: false },
        { label: 'Number', numeric: true },
        { label: 'Share', numeric: true },
      ],
      rows: [
        ...b.categories.map((c) => [T(c.label), SUP(c.count), T(shareText(c.share))]),
        [T('Total'), SUP(b.total), T(b.total.suppressed ? '–' : '100.0%')],
      ],
    });

  const exclusionTable = (caption: string, rows: ReadonlyArray<ExclusionCount>, basis?: FigureBasis): TableBlock =>
    table({
      caption,
      ...(basis !== undefined ? { basis } : {}),
      columns: [
        { label: 'Reason', numeric: false },
        { label: 'Code', numeric: false },
        { label: 'Number', numeric: true },
      ],
      rows: rows.map((e) => [T(e.description), T(e.reason), T(intText(e.count))]),
    });

  // --- summary
  const summary: Section = { id: 'summary', title: 'Summary', blocks: [{ kind: 'list', items: model.summary.lines }] };

  // --- reach
  const r = model.reach;
  const reachBlocks: Block[] = [
    { kind: 'paragraph', role: 'lead', text: `Referrals received in ${model.meta.period.label}: ${countText(r.referrals) ?? model.meta.suppression.marker}.` },
    breakdownTable('Referrals by provider', r.byProvider, 'Provider'),
    breakdownTable('Referrals by outcome', r.outcomes, 'Outcome'),
    breakdownTable('Referrals by source', r.sources, 'Source'),
    table({
      caption: `Statutory and VCSE referrals (share of referrals with a known source, ${conf} CI)`,
      basis: r.statutoryVsVcse.basis,
      columns: [
        { label: 'Sector', numeric: false },
        { label: `Share (${conf} CI)`, numeric: true },
      ],
      rows: [
        [T('Statutory'), T(percentIntervalText(r.statutoryVsVcse.statutory))],
        [T('VCSE'), T(percentIntervalText(r.statutoryVsVcse.vcse))],
      ],
    }),
    breakdownTable('Referrals by route', r.routes, 'Route'),
    breakdownTable('Reasons for unsuccessful referrals', r.unsuccessfulReasons, 'Reason'),
    breakdownTable('New and repeat referrals', r.repeatReferrals, 'Referral'),
    breakdownTable('Accessibility rating (1 = very hard to 5 = very easy)', r.accessibility.ratings, 'Rating'),
    { kind: 'paragraph', text: `Mean accessibility rating: ${intervalText(r.accessibility.mean)} (${conf} CI).` },
  ];

  // --- profile
  const profileBlocks: Block[] = [];
  if (model.profile.findings.length > 0) profileBlocks.push({ kind: 'list', items: model.profile.findings });
  model.profile.characteristics.forEach((c: CharacteristicComparison) => {
    profileBlocks.push({ kind: 'heading', level: 3, text: c.label, id: `profile-${slug(c.characteristic)}` });
    profileBlocks.push(...figure(() => representationChart(c)));
    profileBlocks.push(
      table({
        caption: `${c.label}: clients compared with Census 2021 ${c.baselineTable}`,
        basis: c.basis,
        columns: [
          { label: 'Category', numeric: false },
          { label: 'Clients', numeric: true },
          { label: 'Share of clients', numeric: true },
          { label: 'Census share', numeric: true },
          { label: `Ratio (${conf} CI)`, numeric: true },
          { label: 'Finding', numeric: false },
          { label: 'Adjusted p', numeric: true },
        ],
        rows: c.rows.map((row) => [
          T(row.label),
          SUP(row.observed),
          T(shareText(row.observedShare)),
          T(shareText(row.baselineShare)),
          T(intervalText(row.ratio)),
          T(row.flag === 'under' ? 'under-represented' : row.flag === 'over' ? 'over-represented' : row.flag === 'suppressed' ? 'suppressed' : 'proportionate'),
          T(pText(row.pAdjusted)),
        ]),
        notes: [
          c.test === null ? 'Goodness-of-fit test: not computed.' : `${c.test.method}: statistic ${numText(c.test.statistic, 2)}, df ${c.test.df}, p ${pText(c.test.p)}.`,
          ...(c.excluded.length > 0 ? [`Left out: ${c.excluded.map((e) => `${e.description} ${intText(e.count)}`).join('; ')}.`] : []),
        ],
      }),
    );
  });

  // --- change
  const changeRow = (name: string, f: ChangeFigure): Cell[] => {
    if (f.suppressed) return [T(name), { text: '', suppressed: true }, T('–'), T('–'), T('–'), T('–'), T('–'), T('–'), { text: '', suppressed: true }, { text: '', suppressed: true }, { text: '', suppressed: true }];
    return [
      T(name),
      T(intText(f.n)),
      T(numText(f.preMean.value)),
      T(numText(f.postMean.value)),
      T(signedText(f.medianChange.value)),
      T(intervalText(f.meanChange, 2, true)),
      T(f.effectSize === null ? '–' : intervalText(f.effectSize, 2, true)),
      T(pText(f.p)),
      SUP(f.direction.improved),
      SUP(f.direction.same),
      SUP(f.direction.worse),
    ];
  };
  const changeColumns = [
    { label: 'Group', numeric: false },
    { label: 'Pairs (n)', numeric: true },
    { label: 'Mean before', numeric: true },
    { label: 'Mean after', numeric: true },
    { label: 'Median change', numeric: true },
    { label: `Mean change (${conf} CI)`, numeric: true },
    { label: `Effect size d_z (${conf} CI)`, numeric: true },
    { label: 'p', numeric: true },
    { label: 'Improved', numeric: true },
    { label: 'Same', numeric: true },
    { label: 'Worse', numeric: true },
  ];
  const notComputed = (rows: ReadonlyArray<{ name: string; f: ChangeFigure }>): string[] => {
    const out = rows.filter((x) => !x.f.suppressed && x.f.notComputedReason !== undefined).map((x) => `${x.name}: ${x.f.notComputedReason as string}`);
    return out.length > 0 ? [`Not computed: ${out.join('; ')}.`] : [];
  };
  const changeBlocks: Block[] = [{ kind: 'paragraph', text: `Pairing: ${model.change.pairing}` }];
  if (model.change.excluded.length > 0) changeBlocks.push(exclusionTable('Readings and pairs excluded before pairing', model.change.excluded));
  model.change.outcomes.forEach((o) => {
    changeBlocks.push({ kind: 'heading', level: 3, text: o.label, id: `change-${slug(o.outcomeId)}` });
    changeBlocks.push(...figure(() => starProfileChart(o, { providers: model.meta.providers })));
    const groups = [{ name: 'All providers', f: o.overall as ChangeFigure }, ...o.byProvider.map((p) => ({ name: providerName.get(p.providerId) ?? p.providerId, f: p as ChangeFigure }))];
    changeBlocks.push(
      table({
        caption: `${o.label}: change from first to last reading (${o.scale}; ${o.higherIsBetter ? 'higher' : 'lower'} is better; test: ${o.overall.test})`,
        basis: o.basis,
        columns: changeColumns,
        rows: groups.map((g) => changeRow(g.name, g.f)),
        notes: notComputed(groups),
      }),
    );
  });

  // --- wellbeing
  const w = model.wellbeing;
  const wGroups = [{ name: 'All providers', f: w.overall as ChangeFigure }, ...w.byProvider.map((p) => ({ name: providerName.get(p.providerId) ?? p.providerId, f: p as ChangeFigure }))];
  const wellbeingBlocks: Block[] = [
    table({
      caption: `Wellbeing (${w.instrumentId.toUpperCase()} metric score): change from first to last reading (test: ${w.overall.test})`,
      basis: w.basis,
      columns: changeColumns,
      rows: wGroups.map((g) => changeRow(g.name, g.f)),
      notes: notComputed(wGroups),
    }),
  ];

  // --- reliable change
  const rcBlocks: Block[] = [
    table({
      caption: `Reliable change (Jacobson and Truax), counts and shares with ${conf} CI`,
      ...(model.reliableChange.rows[0] !== undefined ? { basis: model.reliableChange.rows[0].basis } : {}),
      columns: [
        { label: 'Measure', numeric: false },
        { label: 'People (n)', numeric: true },
        { label: 'Reliably improved', numeric: true },
        { label: 'No reliable change', numeric: true },
        { label: 'Reliably worse', numeric: true },
        { label: 'Criterion', numeric: true },
        { label: 'Reliability (source)', numeric: false },
      ],
      rows: model.reliableChange.rows.map((row) => {
        const part = (x: { count: ReportCount; proportion: typeof row.improved.proportion }): Cell =>
          x.count.suppressed ? { text: '', suppressed: true } : T(row.notComputedReason !== undefined ? '–' : `${countText(x.count) ?? ''}${x.proportion === null ? '' : ` (${percentIntervalText(x.proportion)})`}`);
        return [
          T(row.label),
          T(row.notComputedReason !== undefined ? '–' : intText(row.n)),
          part(row.improved),
          part(row.noChange),
          part(row.deteriorated),
          T(numText(row.criterion.value)),
          T(row.reliability.value === null ? row.reliability.source : `${numText(row.reliability.value)} (${row.reliability.source})`),
        ];
      }),
      notes: model.reliableChange.rows.filter((x) => x.notComputedReason !== undefined).map((x) => `${x.label}: not computed: ${x.notComputedReason as string}.`),
    }),
  ];

  // --- equity
  const eq = model.equity;
  const equityBlocks: Block[] = [];
  equityBlocks.push(eq.findings.length > 0 ? { kind: 'list', items: eq.findings } : { kind: 'paragraph', text: 'No significant gap between groups after adjusting for multiple comparisons.' });
  const k = eq.kAnonymity;
  equityBlocks.push({
    kind: 'paragraph',
    role: k.satisfied ? 'note' : 'finding',
    text: k.satisfied
      ? `k-anonymity: every combination of ${k.quasiIdentifiers.join(', ')} is shared by at least ${k.k} records (smallest ${k.minClassSize}).`
      : `k-anonymity: ${intText(k.recordsBelowK)} records in ${intText(k.classesBelowK)} combinations of ${k.quasiIdentifiers.join(', ')} are shared by fewer than ${k.k} records (smallest ${k.minClassSize}); the record-level extract must not be released.`,
  });
  let lastOutcome = '';
  eq.disparities.forEach((d: Disparity) => {
    if (d.outcomeId !== lastOutcome) {
      equityBlocks.push({ kind: 'heading', level: 3, text: d.outcomeLabel, id: `equity-${slug(d.outcomeId)}` });
      lastOutcome = d.outcomeId;
    }
    equityBlocks.push({ kind: 'heading', level: 4, text: `By ${d.characteristicLabel.toLowerCase()}`, id: `equity-${slug(d.outcomeId)}-${slug(d.characteristic)}` });
    equityBlocks.push(...figure(() => forestPlot(d)));
    const pct = d.metric === 'proportion-improved';
    const est = (iv: typeof d.groups[number]['estimate'], signed: boolean): string => (pct && !signed ? percentIntervalText(iv) : intervalText(iv, pct ? 3 : 2, signed));
    equityBlocks.push(
      table({
        caption: `${d.outcomeLabel}: ${d.metric === 'mean-change' ? 'mean change' : d.metric} by ${d.characteristicLabel.toLowerCase()} (gaps to the reference group, ${d.adjustment}-adjusted p)`,
        basis: d.basis,
        columns: [
          { label: 'Group', numeric: false },
          { label: 'n', numeric: true },
          { label: `Estimate (${conf} CI)`, numeric: true },
          { label: `Gap to reference (${conf} CI)`, numeric: true },
          { label: 'p', numeric: true },
          { label: 'Adjusted p', numeric: true },
          { label: 'Finding', numeric: false },
        ],
        rows: d.groups.map((g) => [
          T(g.reference ? `${g.label} (reference)` : g.label),
          SUP(g.n),
          T(est(g.estimate, false)),
          T(g.reference ? 'reference' : est(g.gap, true)),
          T(pText(g.p)),
          T(pText(g.pAdjusted)),
          T(g.reference ? '–' : g.flag === 'none' ? 'no significant gap' : g.flag),
        ]),
        notes: [d.omnibus === null ? 'Omnibus test: not computed.' : `${d.omnibus.method}: statistic ${numText(d.omnibus.statistic, 2)}, p ${pText(d.omnibus.p)}.`],
      }),
    );
  });

  // --- social value
  const sv = model.socialValue;
  const svBlocks: Block[] = [];
  if (!sv.computed) {
    svBlocks.push({ kind: 'paragraph', role: 'note', text: `Social value was not computed: ${sv.reason}.` });
  } else {
    svBlocks.push(...socialValueBlocks(sv, table, figure, exclusionTable));
  }

  // --- data quality
  const dq = model.dataQuality;
  const dqBlocks: Block[] = [
    { kind: 'paragraph', text: `${intText(dq.records)} records and ${intText(dq.readings)} readings received.` },
    dq.issues.length > 0 ? exclusionTable('Issues found while reading the records, by code', dq.issues) : { kind: 'paragraph', text: 'No issues were reported while reading the records.' },
    dq.exclusions.length > 0 ? exclusionTable('Exclusions from figures, by reason', dq.exclusions) : { kind: 'paragraph', text: 'Nothing was excluded from any figure.' },
    table({
      caption: 'Completeness of key fields (share of records with a known value)',
      columns: [
        { label: 'Field', numeric: false },
        { label: 'Known', numeric: true },
      ],
      rows: dq.completeness.map((c) => [T(c.field), T(shareText(c.known))]),
    }),
  ];

  // --- caveats
  const caveatBlocks: Block[] = [{ kind: 'list', items: model.caveats.map((c) => c.message) }];

  // --- sources and method
  const s = model.meta.suppression;
  const methodBlocks: Block[] = [
    table({
      caption: 'Data sources and licences',
      columns: [
        { label: 'Source', numeric: false },
        { label: 'Publisher', numeric: false },
        { label: 'Edition', numeric: false },
        { label: 'Licence', numeric: false },
        { label: 'Address', numeric: false },
      ],
      rows: model.meta.dataSources.map((d) => [T(d.name), T(d.publisher), T(d.edition), T(d.licence), T(d.url === '' ? '–' : d.url)]),
    }),
    {
      kind: 'definitions',
      items: [
        ['Disclosure control', s.applied ? `${s.description}; ${intText(s.suppressedCells)} cells suppressed, shown as ${s.marker}.` : 'Not applied: the caller opted out explicitly. Do not publish this report.'],
        ['Confidence level', `${conf} for every interval.`],
        ['Generated from', `${intText(model.meta.generatedFrom.records)} records, ${intText(model.meta.generatedFrom.readings)} readings; input hash ${model.meta.generatedFrom.inputHash}${model.meta.generatedFrom.seed !== undefined ? `; synthetic cohort seed ${model.meta.generatedFrom.seed}` : ''}.`],
        ['Software', `social-outcomes ${model.meta.libraryVersion}, report model version ${model.meta.modelVersion}.`],
      ],
    },
  ];

  const sections: Section[] = [
    summary,
    { id: 'reach', title: 'Service reach', blocks: reachBlocks },
    { id: 'profile', title: 'Who is reached: clients compared with Census 2021', blocks: profileBlocks },
    { id: 'change', title: 'Change on the Prevention First outcomes', blocks: changeBlocks },
    { id: 'wellbeing', title: 'Wellbeing (SWEMWBS)', blocks: wellbeingBlocks },
    { id: 'reliable-change', title: 'Reliable change', blocks: rcBlocks },
    { id: 'equity', title: 'Equity: do outcomes differ between groups?', blocks: equityBlocks },
    { id: 'social-value', title: 'Social value', blocks: svBlocks },
    { id: 'data-quality', title: 'Data quality', blocks: dqBlocks },
    { id: 'caveats', title: 'Caveats', blocks: caveatBlocks },
    { id: 'method', title: 'Sources and method', blocks: methodBlocks },
  ];
  const m = model.meta;
  return {
    title: m.title,
    subtitle: `${m.area.name} (${m.area.code}) · ${m.period.label} (${m.period.start} to ${m.period.end}) · dated ${m.generated}`,
    sections,
    marker: s.marker,
    suppressionNote: s.applied
      ? `${s.marker}: suppressed to protect privacy. ${s.description}. Secondary suppression ${s.secondary ? 'was' : 'was not'} applied, so a suppressed cell cannot be recovered from totals${s.secondary ? '' : ' only if no other cell is published'}.`
      : 'Suppression was switched off explicitly: small counts are shown. Do not publish this report.',
    charts,
  };
}

function socialValueBlocks(
  sv: SocialValueComputed,
  table: (t: Omit<TableBlock, 'kind' | 'caption'> & { caption: string }) => TableBlock,
  figure: (make: () => ChartSpec) => Block[],
  exclusionTable: (caption: string, rows: ReadonlyArray<ExclusionCount>, basis?: FigureBasis) => TableBlock,
): Block[] {
  const out: Block[] = [];
  out.push({
    kind: 'definitions',
    items: [
      ['Gross value', moneyText(sv.totals.gross)],
      ['Net value (after deadweight, displacement, attribution)', moneyText(sv.totals.net)],
      ['Present value', moneyText(sv.totals.presentValue)],
      ...(sv.sroi !== null
        ? ([
            ['Investment', moneyText(sv.sroi.investment)],
            ['SROI ratio', `${numText(sv.sroi.ratio, 2)} : 1`],
            ['Net present value', moneyText(sv.sroi.npv)],
          ] as Array<[string, string]>)
        : []),
      ['Prices and discounting', `${sv.currency}, ${sv.priceYear} prices; discount rate ${numText(sv.discountRate * 100, 1)}% a year`],
    ],
  });
  out.push(
    table({
      caption: `Valued outcomes (${sv.priceYear} prices, per year)`,
      basis: sv.basis,
      columns: [
        { label: 'Outcome', numeric: false },
        { label: 'People', numeric: true },
        { label: 'Unit value', numeric: true },
        { label: 'Gross', numeric: true },
        { label: 'Net (year 1)', numeric: true },
        { label: 'Type', numeric: false },
        { label: 'Source', numeric: false },
      ],
      rows: sv.outcomes.map((o) => [
        { text: o.label },
        o.count.suppressed ? { text: '', suppressed: true } : { text: countText(o.count) ?? '' },
        { text: moneyText(o.unitValue) },
        o.gross === null ? { text: '', suppressed: true } : { text: moneyText(o.gross) },
        o.net === null ? { text: '', suppressed: true } : { text: moneyText(o.net) },
        { text: o.valueType },
        { text: o.source },
      ]),
    }),
  );
  if (sv.unmatchedOutputs.length > 0) out.push(exclusionTable('Outputs recorded that the value bank does not hold', sv.unmatchedOutputs));
  if (sv.waterfall.length > 0) {
    out.push(...figure(() => valueWaterfall(sv.waterfall, { basis: sv.basis, priceYear: sv.priceYear })));
    out.push(
      table({
        caption: 'From gross value to present value',
        basis: sv.basis,
        columns: [
          { label: 'Step', numeric: false },
          { label: 'Rate', numeric: true },
          { label: 'Change', numeric: true },
          { label: 'Running total', numeric: true },
          { label: 'Source of the rate', numeric: false },
        ],
        rows: sv.waterfall.map((s) => [
          { text: s.label },
          { text: s.rate === undefined ? '–' : `${numText(s.rate * 100, 1)}%` },
          { text: s.step === 'gross' || s.step === 'present-value' ? '–' : moneyText(s.delta) },
          { text: moneyText(s.total) },
          { text: s.source ?? '–' },
        ]),
      }),
    );
  }
  out.push(
    table({
      caption: 'Adjustments applied',
      columns: [
        { label: 'Adjustment', numeric: false },
        { label: 'Rate', numeric: true },
        { label: 'Source', numeric: false },
      ],
      rows: sv.adjustments.map((a) => [{ text: a.name }, { text: `${numText(a.rate * 100, 1)}%` }, { text: a.source }]),
    }),
  );
  if (sv.sensitivity.bars.length > 0) {
    const money = sv.sensitivity.metric !== 'sroi-ratio';
    const fmt = (x: number): string => (money ? moneyText(x) : numText(x, 2));
    out.push(...figure(() => tornadoChart(sv.sensitivity, { basis: sv.basis })));
    out.push(
      table({
        caption: `Sensitivity of the ${money ? 'present value' : 'SROI ratio'} (base case ${fmt(sv.sensitivity.base)}), largest swing first`,
        basis: sv.basis,
        columns: [
          { label: 'Assumption', numeric: false },
          { label: 'Low input', numeric: true },
          { label: 'Result at low', numeric: true },
          { label: 'High input', numeric: true },
          { label: 'Result at high', numeric: true },
        ],
        rows: sv.sensitivity.bars.map((b) => [{ text: b.label }, { text: numText(b.lowInput, 2) }, { text: fmt(b.lowResult) }, { text: numText(b.highInput, 2) }, { text: fmt(b.highResult) }]),
      }),
    );
  }
  if (sv.avoidedCosts === null) {
    out.push({ kind: 'paragraph', role: 'note', text: 'Avoided costs were not configured.' });
  } else {
    const a = sv.avoidedCosts;
    out.push(
      table({
        caption: `Avoided costs to public agencies (one year, undiscounted): ${moneyText(a.total)}`,
        basis: a.basis,
        columns: [
          { label: 'Agency', numeric: false },
          { label: 'Amount', numeric: true },
        ],
        rows: [...a.byAgency.map((x) => [{ text: x.agency }, { text: moneyText(x.amount) }]), [{ text: 'Total' }, { text: moneyText(a.total) }]],
      }),
    );
  }
  return out;
}
