import { InsufficientDataError, InvalidInputError, ReferenceDataError } from '../errors';
import { describeValue } from '../_internal/describeValue';
import { booleanOption, integerInRange, oneOf, optionPath, optionsObject } from '../_internal/validate';
import type { CensusAgeSpan, CensusCategory, CensusDataset, CensusLevel, CensusRow, CensusTable, CensusTopic } from '../data/census2021/types';
import { ageSpanLabel, MAX_AGE, spansFromBreaks, spanText, spanWithin, spansOverlap, type AgeSpan } from './_internal/censusAgeBands';

/** Options of {@link baseline}. */
export interface BaselineOptions {
  /** GSS code of the area: a 2021 local authority district (e.g. `E08000025` Birmingham) or `K04000001` England and Wales. */
  readonly area: string;
  /** What the baseline describes, e.g. `'ethnic-group'`, `'age-single-year'`, `'disability'`. */
  readonly topic: CensusTopic;
  /**
   * `'detail'` (interior categories, e.g. the 19 ethnic groups), `'aggregate'` (published groups, e.g. the 5
   * high-level ethnic groups, summed from details where the source lacks them), or `'subtotal'` (TS007 bands).
   *
   * @defaultValue 'detail'
   */
  readonly level?: CensusLevel;
  /**
   * Restrict the population to ages in completed years, e.g. `{ min: 18 }`, `{ min: 18, max: 64 }`. Age
   * topics select the categories inside the range (an error if a category straddles a bound); other topics
   * are not cross-tabulated by age and throw unless `assumeAgeIndependent` is set.
   *
   * @defaultValue the table's whole population base
   */
  readonly ages?: {
    /** Youngest age included, in completed years (default 0). */
    readonly min?: number;
    /** Oldest age included, in completed years (default: no upper bound). */
    readonly max?: number;
  };
  /**
   * Age topics only: re-band into custom bands from ascending lower bounds (e.g. `[18, 65]` → 18–64 and 65+),
   * labelled as `harmoniseAgeBand` labels them. Implies ages from the first bound.
   *
   * @defaultValue the table's own categories
   */
  readonly breaks?: ReadonlyArray<number>;
  /**
   * Use this table (ONS id, e.g. `'TS009'`) instead of the topic's first table that has the area.
   *
   * @defaultValue the topic's preference order
   */
  readonly table?: string;
  /**
   * Category labels to leave out; the denominator becomes the sum of the remaining categories (e.g.
   * `['Not answered']` for shares of those who answered a voluntary question). Reported in `excluded`.
   *
   * @defaultValue []
   */
  readonly excludeCategories?: ReadonlyArray<string>;
  /**
   * For a topic without an age breakdown, apply its all-ages shares to the population of the requested ages
   * (from the single-year age table). This assumes the shares do not vary with age, which is false for
   * ethnic group and disability; a caveat says so.
   *
   * @defaultValue false
   */
  readonly assumeAgeIndependent?: boolean;
  /**
   * When the dataset has no table of the topic for the area: `'none'` throws; `'england-and-wales'` uses
   * the England and Wales row instead and says so in the caveats.
   *
   * @defaultValue 'none'
   */
  readonly fallback?: 'none' | 'england-and-wales';
}

/** One category of a baseline. */
export interface BaselineCategory {
  /** Category label (the census label, or an ONS-style age band label). */
  readonly label: string;
  /** Cell_ID of the census category, or a derived code such as `TS007:18–64` for a custom age band. */
  readonly code: string;
  /** Count of persons (not an integer when `ageRestriction` is `'assumed-age-independent'`). */
  readonly count: number;
  /** `count / total`. */
  readonly share: number;
  /** Whether `baseline` summed this count from published cells (an aggregate the source lacks, a custom band). */
  readonly derived: boolean;
  /** For age categories, the completed years covered. */
  readonly ages?: CensusAgeSpan;
}

/** A caveat attached to a baseline. */
export interface BaselineCaveat {
  /** Stable id, e.g. `gender-identity-not-accredited`. */
  readonly id: string;
  /** The caveat, in words fit for a report footnote. */
  readonly text: string;
}

/** Where the denominator of the shares comes from. */
export interface BaselineDenominator {
  /**
   * `'table-total'`: the table's published total for the area; `'sum-of-categories'`: the sum of the
   * categories returned (no total published, ages restricted, or categories excluded); `'age-population'`:
   * the population of the requested ages from the single-year age table (`assumeAgeIndependent`).
   */
  readonly source: 'table-total' | 'sum-of-categories' | 'age-population';
  /** The table's own published total for the area, when it has one. */
  readonly tableTotal?: number;
  /** One sentence for a footnote. */
  readonly description: string;
}

/** Data licence and attribution carried with a baseline. */
export interface BaselineProvenance {
  /** Dataset title. */
  readonly title: string;
  /** Producer of the statistics. */
  readonly publisher: string;
  /** Dataset edition. */
  readonly edition: string;
  /** When the source files were retrieved. */
  readonly retrieved: string;
  /** Licence name. */
  readonly licence: string;
  /** Licence URL. */
  readonly licenceUrl: string;
  /** Attribution sentence to reproduce with any figure. */
  readonly attribution: string;
  /** The source file of this area's row: repository, path and commit, or just its id for a user table without sources. */
  readonly source: {
    /** Source id, e.g. `S6`. */
    readonly id: string;
    /** GitHub repository holding the source file. */
    readonly repository?: string;
    /** Path of the file in the repository. */
    readonly path?: string;
    /** Commit of the snapshot read. */
    readonly commit?: string;
    /** What the file is. */
    readonly description?: string;
  };
}

/** A census baseline: counts and shares of one topic for one area, with denominator, caveats and provenance. */
export interface Baseline {
  /** The area used. */
  readonly area: {
    /** GSS code. */
    readonly code: string;
    /** Area name. */
    readonly name: string;
    /** `country` or `ltla` (2021 local authority district). */
    readonly type: 'country' | 'ltla';
  };
  /** The area asked for (differs from `area.code` only with `fallback: 'england-and-wales'`). */
  readonly requestedArea: string;
  /** The topic. */
  readonly topic: CensusTopic;
  /** The census table used. */
  readonly table: {
    /** ONS table id, e.g. `TS021`. */
    readonly id: string;
    /** ONS table title. */
    readonly title: string;
    /** ONS classification name, when known. */
    readonly classification?: string;
  };
  /** Level of the categories. */
  readonly level: CensusLevel;
  /** Who is counted, in ONS words, with any age restriction, e.g. `All usual residents aged 18 years and over`. */
  readonly populationBase: string;
  /** Ages of the population counted. */
  readonly ages: CensusAgeSpan;
  /** How any age restriction was made. */
  readonly ageRestriction: 'none' | 'from-table' | 'assumed-age-independent';
  /** The categories, in table order. */
  readonly categories: BaselineCategory[];
  /** Denominator of the shares. */
  readonly total: number;
  /** Where `total` comes from. */
  readonly denominator: BaselineDenominator;
  /** Categories left out by `excludeCategories`, with their counts. */
  readonly excluded: Array<{
    /** Category label. */
    readonly label: string;
    /** Its count, left out of the denominator. */
    readonly count: number;
  }>;
  /** Caveats: statistical disclosure control, population base, voluntary questions, accreditation, derivations. */
  readonly caveats: BaselineCaveat[];
  /** What `baseline` did to the published cells, in order. */
  readonly transformations: string[];
  /** Licence, attribution and source of the row. */
  readonly provenance: BaselineProvenance;
}

const EW = 'K04000001';
const TOPICS: ReadonlyArray<CensusTopic> = [
  'usual-residents', 'age-five-year', 'age-single-year', 'sex', 'ethnic-group', 'religion', 'disability', 'sexual-orientation', 'gender-identity', 'gender-identity-detailed',
];

/**
 * Returns the Census 2021 baseline of one topic for one area from a census dataset: counts and shares with
 * the table's own denominator, optionally restricted to an age range, with caveats and provenance.
 *
 * @remarks
 * Pass the dataset explicitly, `baseline(census2021, { … })` with
 * `import { census2021 } from 'social-outcomes/data/census2021'`, so that `social-outcomes/equity` does not
 * bundle the data; any table of the same shape ({@link CensusDataset}) works, e.g. one built from the Nomis
 * bulk files for detailed cells or a later vintage.
 *
 * Denominators come from the same table as the counts (census.md §4): the published total where there is
 * one; for TS021 at local authority level, where the source publishes no total, the sum of the 19 detailed
 * groups (TS021 is additive); for an age restriction or excluded categories, the sum of the categories
 * kept. `denominator` says which. The shares therefore differ slightly between topics for the same area
 * (Birmingham: 1,144,922 in TS021, 1,144,919 in TS038, 1,144,923 in TS009) because ONS perturbs each table
 * independently.
 *
 * Age restriction: age topics keep the categories inside the range (build 18+ or 18–64 from
 * `'age-single-year'`, since 18 cuts the TS007A 15–19 band); `breaks` re-bands single years into custom
 * bands labelled like `harmoniseAgeBand`. Other topics have no age breakdown at local authority level in
 * the bundled data, so restricting them throws a ReferenceDataError unless `assumeAgeIndependent: true`,
 * which applies all-ages shares to the age-restricted population and says so in the caveats. Topics on a
 * 16+ base (sexual orientation, gender identity) accept `{ min: 16 }` or no `ages`.
 *
 * Caveats always include statistical disclosure control (record swapping and cell-key perturbation), the
 * table's own notes (16+ base, voluntary question with Not answered, gender identity estimates no longer
 * accredited official statistics, TS009 vs TS008 totals, …) and every derivation made here.
 *
 * **Formula**
 * ```tex
 * \pi_g = \frac{P_g}{P},\qquad P = \begin{cases}\text{table total} & \text{if published and nothing excluded}\\ \sum_{g \in G} P_g & \text{otherwise}\end{cases}
 * \qquad P_{[a,b]} = \sum_{y=a}^{b} P_y \;\text{(single years)}
 * ```
 *
 * **References**
 * - Office for National Statistics (2022–2023). Census 2021 topic summaries TS007, TS007A, TS008, TS009,
 *   TS021, TS030, TS038, TS070, TS077, TS078. https://www.nomisweb.co.uk/sources/census_2021_bulk
 * - Office for National Statistics (2022). Protecting personal data in Census 2021 results.
 *   https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates/methodologies/protectingpersonaldataincensus2021results
 * - Office for Statistics Regulation (2024). Census 2021 gender identity estimates: removal of accredited
 *   official statistics status (12 September 2024). https://osr.statisticsauthority.gov.uk/
 *
 * @param data - a census dataset such as `census2021` from `social-outcomes/data/census2021`
 * @param options - area, topic, level, ages, breaks, table, excluded categories, age assumption, fallback
 * @returns counts, shares, denominator, caveats, transformations and provenance
 * @throws {InvalidInputError} when an option is invalid: unknown topic or level, ages out of range, an age
 *   bound that cuts a category, breaks on a non-age topic, or an excluded category that does not exist
 * @throws {ReferenceDataError} when the area is unknown (`unknown-area`), the dataset has no table of the
 *   topic for the area or no cells at the level (`missing-reference`), the topic cannot be age-restricted
 *   (`missing-reference`), or the table is inconsistent: counts that do not sum to the total, negative or
 *   missing cells (`invalid-reference`)
 * @throws {InsufficientDataError} when the population selected is 0
 * @example
 * ```ts
 * import { baseline } from 'social-outcomes/equity';
 * import { census2021 } from 'social-outcomes/data/census2021';
 * const eth = baseline(census2021, { area: 'E08000025', topic: 'ethnic-group', level: 'aggregate' });
 * eth.total //=> 1144922
 * eth.categories[0] //=> { label: 'Asian, Asian British or Asian Welsh', count: 355384, share: 0.3104 }
 * baseline(census2021, { area: 'E08000025', topic: 'disability', level: 'aggregate' }).categories[0]?.share //=> 0.1730
 * baseline(census2021, { area: 'E08000025', topic: 'age-single-year', breaks: [18, 65] }).categories.map((c) => c.label) //=> ['Aged 18 to 64 years', 'Aged 65 years and over']
 * baseline(census2021, { area: 'E08000025', topic: 'ethnic-group', ages: { min: 65 } }) //=> throws ReferenceDataError
 * baseline(census2021, { area: 'E99999999', topic: 'sex' }) //=> throws ReferenceDataError
 * ```
 */
export function baseline(data: CensusDataset, options: BaselineOptions): Baseline {
  const fn = 'baseline';
  checkDataset(fn, data);
  const opts = optionsObject(fn, options, ['area', 'topic', 'level', 'ages', 'breaks', 'table', 'excludeCategories', 'assumeAgeIndependent', 'fallback']);
  const requestedArea = readString(fn, 'area', opts.area);
  const topic = oneOf(fn, 'topic', opts.topic, TOPICS);
  const level = opts.level === undefined ? 'detail' : oneOf(fn, 'level', opts.level, ['detail', 'aggregate', 'subtotal'] as const);
  const assume = booleanOption(fn, 'assumeAgeIndependent', opts.assumeAgeIndependent, false);
  const fallback = opts.fallback === undefined ? 'none' : oneOf(fn, 'fallback', opts.fallback, ['none', 'england-and-wales'] as const);
  const exclude = readExclusions(fn, opts.excludeCategories);
  const agesOpt = readAges(fn, opts.ages);

  if (!Object.prototype.hasOwnProperty.call(data.areas, requestedArea)) {
    const counts = areaSummary(data);
    throw new ReferenceDataError({ code: 'unknown-area', message: `${fn} has no area ${describeValue(requestedArea)} in ${data.id} (it holds ${counts}; codes are 2021 GSS codes such as E08000025)`, path: optionPath('area') });
  }
  const tableIds = readTableIds(fn, data, topic, opts.table);
  let areaCode = requestedArea;
  let found = findTable(data, tableIds, areaCode);
  const contextual: BaselineCaveat[] = [];
  if (found === undefined && fallback === 'england-and-wales' && areaCode !== EW) {
    found = findTable(data, tableIds, EW);
    if (found !== undefined) {
      areaCode = EW;
      contextual.push({ id: 'area-fallback', text: `No ${topic} table covers ${requestedArea} (${data.areas[requestedArea]?.name ?? ''}) in this dataset; the England and Wales figures are used instead, which can differ markedly from the local population.` });
    }
  }
  if (found === undefined) {
    const where = tableIds.map((id) => `${id} has ${availableAreasText(data.tables[id] as CensusTable)}`).join('; ');
    throw new ReferenceDataError({
      code: 'missing-reference',
      message: `${fn} has no ${topic} table for area ${requestedArea} (${data.areas[requestedArea]?.name ?? ''}) in ${data.id}: ${where}; pass area 'K04000001' or fallback: 'england-and-wales'`,
      path: optionPath('area'),
    });
  }
  const { table, row } = found;
  const area = data.areas[areaCode] as { name: string; type: 'country' | 'ltla' };
  checkRow(fn, table, areaCode, row);

  const transformations: string[] = [];
  // ---- level -------------------------------------------------------------------------------------
  const atLevel = table.categories.map((c, i) => ({ c, i })).filter(({ c }) => c.level === level);
  if (atLevel.length === 0) {
    const levels = [...new Set(table.categories.map((c) => c.level))].join(', ');
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} found no '${level}' categories in ${table.id} (levels available: ${levels})`, path: optionPath('level') });
  }
  interface Cell { label: string; code: string; count: number; derived: boolean; ages?: CensusAgeSpan }
  let cells: Cell[] = [];
  let derivedAggregates = 0;
  for (const { c, i } of atLevel) {
    const v = row.counts[i] ?? null;
    if (v !== null) {
      cells.push({ label: c.label, code: c.code, count: v, derived: false, ...(c.ages === undefined ? {} : { ages: c.ages }) });
      continue;
    }
    const children = table.categories.map((d, j) => ({ d, j })).filter(({ d }) => d.parent === c.code);
    if (level === 'aggregate' && children.length > 0 && children.every(({ j }) => row.counts[j] !== null && row.counts[j] !== undefined)) {
      cells.push({ label: c.label, code: c.code, count: children.reduce((s, { j }) => s + (row.counts[j] as number), 0), derived: true });
      derivedAggregates++;
      continue;
    }
    const others = (['detail', 'aggregate', 'subtotal'] as const).filter((l) => l !== level && table.categories.some((d, j) => d.level === l && row.counts[j] !== null));
    throw new ReferenceDataError({
      code: 'missing-reference',
      message: `${fn} has no '${level}' cell ${describeValue(c.label)} of ${table.id} for ${areaCode} (${area.name}) in ${data.id}${others.length > 0 ? `; level ${others.map((l) => `'${l}'`).join(' or ')} is available` : ''}`,
      path: optionPath('level'),
    });
  }
  if (derivedAggregates > 0) {
    transformations.push(`${derivedAggregates} ${table.id} aggregates summed from their detailed categories (the source for ${areaCode} publishes details only; ${table.id} is additive).`);
    contextual.push({ id: 'derived-aggregates', text: `The ${level} categories were summed from the published detailed categories of ${table.id}; the sums are exact but the underlying cells are each perturbed.` });
  }

  // ---- ages --------------------------------------------------------------------------------------
  const isAgeTable = table.categories.every((c) => c.ages !== undefined);
  const base = table.baseAges;
  let requested: AgeSpan | undefined = agesOpt;
  let bands: AgeSpan[] | undefined;
  if (opts.breaks !== undefined) {
    if (!isAgeTable) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} accepts breaks only for age topics (got topic '${topic}')`, path: optionPath('breaks') });
    }
    bands = spansFromBreaks(fn, opts.breaks, optionPath('breaks'), agesOpt?.max);
    const b0 = (bands[0] as AgeSpan).min;
    if (agesOpt !== undefined && agesOpt.min !== 0 && agesOpt.min !== b0) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ages.min (${agesOpt.min}) to equal the first break (${b0}) when both are given`, path: optionPath('ages') });
    }
    requested = { min: b0, ...(agesOpt?.max === undefined ? {} : { max: agesOpt.max }) };
  }
  let ageRestriction: Baseline['ageRestriction'] = 'none';
  let covered: CensusAgeSpan = base;
  let ageScale: { population: number; tableId: string } | undefined;
  const needsRestriction = requested !== undefined && !(requested.min <= base.min && requested.max === undefined);
  if (requested !== undefined && needsRestriction) {
    const lo = Math.max(requested.min, base.min);
    const target: AgeSpan = requested.max === undefined ? { min: lo } : { min: lo, max: requested.max };
    if (target.max !== undefined && target.max < target.min) {
      throw new InvalidInputError({ code: 'out-of-range', message: `${fn} found no ages in ${spanText(requested)} within the population base of ${table.id} (${spanText(base)})`, path: optionPath('ages') });
    }
    if (isAgeTable) {
      const kept: Cell[] = [];
      for (const cell of cells) {
        const span = cell.ages as CensusAgeSpan;
        if (spanWithin(span, target)) kept.push(cell);
        else if (spansOverlap(span, target)) {
          throw new InvalidInputError({
            code: 'invalid-option',
            message: `${fn} cannot restrict ${table.id} to ages ${spanText(target)}: the bound cuts the category ${describeValue(cell.label)}${topic === 'age-single-year' ? '' : "; use topic 'age-single-year'"}`,
            path: optionPath(opts.breaks !== undefined ? 'breaks' : 'ages'),
          });
        }
      }
      transformations.push(`Ages ${spanText(target)} selected: ${kept.length} of ${cells.length} ${table.id} ${level} categories kept.`);
      cells = kept;
      ageRestriction = 'from-table';
    } else {
      if (!assume) {
        throw new ReferenceDataError({
          code: 'missing-reference',
          message: `${fn} cannot restrict ${topic} (${table.id}) to ages ${spanText(target)}: ${data.id} has no ${topic} by age table for ${areaCode} (${area.name}); use an age topic, or pass assumeAgeIndependent: true to apply the all-ages shares to that age group (a biased approximation)`,
          path: optionPath('ages'),
        });
      }
      ageScale = { population: agePopulation(fn, data, areaCode, target), tableId: ageTableId(data, areaCode) };
      ageRestriction = 'assumed-age-independent';
      contextual.push({
        id: 'age-independence-assumed',
        text: `The ${table.id} shares are for ${table.populationBase.toLowerCase()}; they were applied to the ${spanText(target)} population from ${ageScale.tableId}, assuming ${topic} does not vary with age. It does for ethnic group, disability and religion, so this baseline is biased for an age-restricted service.`,
      });
      transformations.push(`All-ages ${table.id} shares applied to the ${spanText(target)} population of ${ageScale.tableId} (${ageScale.population}).`);
    }
    covered = target;
  }
  if (bands !== undefined) {
    const banded: Cell[] = [];
    for (const band of bands) {
      const members = cells.filter((c) => spanWithin(c.ages as CensusAgeSpan, band));
      const straddling = cells.find((c) => !spanWithin(c.ages as CensusAgeSpan, band) && spansOverlap(c.ages as CensusAgeSpan, band));
      if (straddling !== undefined) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} cannot form the band ${spanText(band)} from ${table.id}: it cuts the category ${describeValue(straddling.label)}; use topic 'age-single-year'`, path: optionPath('breaks') });
      }
      if (members.length === 0) {
        throw new InvalidInputError({ code: 'invalid-option', message: `${fn} found no ${table.id} categories in the band ${spanText(band)}`, path: optionPath('breaks') });
      }
      const single = members.length === 1 ? (members[0] as Cell) : undefined;
      banded.push({
        label: ageSpanLabel(band),
        code: single !== undefined && single.label === ageSpanLabel(band) ? single.code : `${table.id}:${spanText(band)}`,
        count: members.reduce((s, c) => s + c.count, 0),
        derived: !(single !== undefined && single.label === ageSpanLabel(band)),
        ages: band,
      });
    }
    transformations.push(`${cells.length} ${table.id} categories summed into ${bands.length} bands (${bands.map(spanText).join(', ')}).`);
    cells = banded;
  }

  // ---- exclusions --------------------------------------------------------------------------------
  const sumBeforeExclusion = cells.reduce((s, c) => s + c.count, 0);
  const excluded: Array<{ label: string; count: number }> = [];
  exclude.forEach((label, i) => {
    const at = cells.findIndex((c) => c.label === label);
    if (at < 0) {
      throw new InvalidInputError({
        code: 'unknown-category',
        message: `${fn} cannot exclude ${describeValue(label)}: ${table.id} ${level} categories for this request are ${cells.map((c) => describeValue(c.label)).join(', ')}`,
        path: [...optionPath('excludeCategories'), i],
      });
    }
    excluded.push({ label, count: (cells[at] as Cell).count });
    cells = cells.filter((_, j) => j !== at);
  });
  if (excluded.length > 0) {
    transformations.push(`Excluded from categories and denominator: ${excluded.map((e) => `${e.label} (${e.count})`).join(', ')}.`);
    contextual.push({ id: 'categories-excluded', text: `Shares are of the population outside ${excluded.map((e) => e.label).join(', ')}; compare them with service data from which the same categories are excluded.` });
  }

  // ---- denominator -------------------------------------------------------------------------------
  const sum = cells.reduce((s, c) => s + c.count, 0);
  const untouched = ageRestriction === 'none' && excluded.length === 0 && bands === undefined;
  let total: number;
  let denominator: BaselineDenominator;
  const tableTotal = row.total === null ? {} : { tableTotal: row.total };
  if (ageScale !== undefined) {
    // the age population shared out in all-ages proportions; excluded categories take their share with them
    total = (ageScale.population * sum) / sumBeforeExclusion;
    denominator = { source: 'age-population', ...tableTotal, description: `Population aged ${spanText(covered)} in ${ageScale.tableId} for ${area.name}${excluded.length > 0 ? ', times the all-ages share of the categories kept' : ''} (shares from ${table.id}, assumed not to vary with age).` };
  } else if (untouched && row.total !== null) {
    if (!nearlyEqual(sum, row.total)) {
      throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} found that the ${level} categories of ${table.id} for ${areaCode} sum to ${sum} but the table total is ${row.total}`, path: ['data', 'tables', table.id, 'rows', areaCode] });
    }
    total = row.total;
    denominator = { source: 'table-total', tableTotal: row.total, description: `${table.totalLabel} in ${table.id} for ${area.name}.` };
  } else {
    total = sum;
    const why = untouched ? `${table.id} publishes no total for ${area.name} in this dataset` : 'categories were restricted or excluded';
    denominator = { source: 'sum-of-categories', ...tableTotal, description: `Sum of the ${cells.length} categories shown (${why}).` };
  }
  if (!(total > 0)) {
    throw new InsufficientDataError({ code: 'empty-group', message: `${fn} selected a population of 0 in ${table.id} for ${areaCode}`, path: ['options'] });
  }
  const scale = ageScale === undefined ? 1 : ageScale.population / sumBeforeExclusion;
  const categories: BaselineCategory[] = cells.map((c) => {
    const count = c.count * scale;
    return { label: c.label, code: c.code, count, share: ageScale === undefined ? c.count / total : c.count / sum, derived: c.derived || ageScale !== undefined, ...(c.ages === undefined ? {} : { ages: c.ages }) };
  });

  // ---- caveats and provenance ---------------------------------------------------------------------
  const caveats: BaselineCaveat[] = [];
  for (const id of [...data.generalCaveats, ...table.caveats]) {
    const text = data.caveats[id];
    if (text === undefined) {
      throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} found caveat id ${describeValue(id)} of ${table.id} without text in ${data.id}.caveats`, path: ['data', 'caveats'] });
    }
    if (!caveats.some((c) => c.id === id)) caveats.push({ id, text });
  }
  caveats.push(...contextual);
  const src = data.provenance.sources.find((s) => s.id === row.source);
  const prov = data.provenance;
  return {
    area: { code: areaCode, name: area.name, type: area.type },
    requestedArea,
    topic,
    table: { id: table.id, title: table.title, ...(table.classification === undefined ? {} : { classification: table.classification }) },
    level,
    populationBase: populationBaseText(table, covered, ageRestriction),
    ages: covered,
    ageRestriction,
    categories,
    total,
    denominator,
    excluded,
    caveats,
    transformations,
    provenance: {
      title: prov.title,
      publisher: prov.publisher,
      edition: prov.edition,
      retrieved: prov.retrieved,
      licence: prov.licence.name,
      licenceUrl: prov.licence.url,
      attribution: prov.licence.attribution,
      source: src === undefined ? { id: row.source } : { id: src.id, repository: src.repository, path: src.path, commit: src.commit, description: src.description },
    },
  };
}

function nearlyEqual(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

function readString(fn: string, name: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ${name} to be a non-empty string (got ${describeValue(value)})`, path: optionPath(name) });
}

function readExclusions(fn: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires excludeCategories to be an array of labels (got ${describeValue(value)})`, path: optionPath('excludeCategories') });
  }
  const out: string[] = [];
  Array.from(value as unknown[]).forEach((v, i) => {
    if (typeof v !== 'string' || v === '') {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires excludeCategories to hold labels (got ${describeValue(v)})`, path: [...optionPath('excludeCategories'), i] });
    }
    if (out.includes(v)) {
      throw new InvalidInputError({ code: 'duplicate', message: `${fn} requires each excluded category once (got ${describeValue(v)} twice)`, path: [...optionPath('excludeCategories'), i] });
    }
    out.push(v);
  });
  return out;
}

function readAges(fn: string, value: unknown): AgeSpan | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError({ code: 'invalid-option', message: `${fn} requires ages to be an object { min, max } (got ${describeValue(value)})`, path: optionPath('ages') });
  }
  const v = value as { min?: unknown; max?: unknown };
  const min = v.min === undefined ? 0 : integerInRange(fn, 'ages.min', v.min, { min: 0, max: MAX_AGE }, [...optionPath('ages'), 'min']);
  if (v.max === undefined) return { min };
  const max = integerInRange(fn, 'ages.max', v.max, { min, max: MAX_AGE }, [...optionPath('ages'), 'max']);
  return { min, max };
}

function checkDataset(fn: string, data: unknown): void {
  const d = data as Partial<CensusDataset> | null;
  const ok = d !== null && typeof d === 'object' && typeof d.id === 'string' && d.areas !== null && typeof d.areas === 'object' && d.tables !== null && typeof d.tables === 'object'
    && d.topics !== null && typeof d.topics === 'object' && d.caveats !== null && typeof d.caveats === 'object' && Array.isArray(d.generalCaveats)
    && d.provenance !== null && typeof d.provenance === 'object' && Array.isArray(d.provenance.sources);
  if (!ok) {
    throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} requires a census dataset { id, areas, tables, topics, caveats, generalCaveats, provenance } such as census2021 from 'social-outcomes/data/census2021' (got ${describeValue(data)})`, path: ['data'] });
  }
}

function readTableIds(fn: string, data: CensusDataset, topic: CensusTopic, table: unknown): string[] {
  if (table !== undefined) {
    const id = readString(fn, 'table', table);
    const t = data.tables[id];
    if (t === undefined) {
      throw new ReferenceDataError({ code: 'unknown-reference', message: `${fn} has no table ${describeValue(id)} in ${data.id} (tables: ${Object.keys(data.tables).join(', ')})`, path: optionPath('table') });
    }
    if (t.topic !== topic) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} found that table ${id} is about '${t.topic}', not '${topic}'`, path: optionPath('table') });
    }
    return [id];
  }
  const ids = data.topics[topic];
  if (ids === undefined || ids.length === 0) {
    throw new ReferenceDataError({ code: 'missing-reference', message: `${fn} has no table for topic '${topic}' in ${data.id} (topics: ${Object.keys(data.topics).join(', ')})`, path: optionPath('topic') });
  }
  for (const id of ids) {
    if (data.tables[id] === undefined) {
      throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} found topic '${topic}' pointing at table ${describeValue(id)}, which ${data.id} does not hold`, path: ['data', 'topics', topic] });
    }
  }
  return [...ids];
}

function findTable(data: CensusDataset, ids: ReadonlyArray<string>, area: string): { table: CensusTable; row: CensusRow } | undefined {
  for (const id of ids) {
    const t = data.tables[id] as CensusTable;
    if (Object.prototype.hasOwnProperty.call(t.rows, area)) return { table: t, row: t.rows[area] as CensusRow };
  }
  return undefined;
}

function areaSummary(data: CensusDataset): string {
  let countries = 0;
  let ltla = 0;
  for (const a of Object.values(data.areas)) {
    if (a.type === 'country') countries++;
    else ltla++;
  }
  return `${ltla} local authority districts and ${countries} countries`;
}

function availableAreasText(t: CensusTable): string {
  const codes = Object.keys(t.rows);
  return codes.length <= 3 ? `only ${codes.join(', ')}` : `${codes.length} areas`;
}

function checkRow(fn: string, table: CensusTable, area: string, row: CensusRow): void {
  const path = ['data', 'tables', table.id, 'rows', area];
  const bad = (message: string, extra: Array<string | number> = []): never => {
    throw new ReferenceDataError({ code: 'invalid-reference', message: `${fn} found ${table.id} for ${area} invalid: ${message}`, path: [...path, ...extra] });
  };
  if (row === null || typeof row !== 'object' || !Array.isArray(row.counts)) bad('the row has no counts array');
  if (row.counts.length !== table.categories.length) bad(`${row.counts.length} counts for ${table.categories.length} categories`, ['counts']);
  const valid = (v: unknown): boolean => v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0);
  if (!valid(row.total)) bad(`total ${describeValue(row.total)} is not a non-negative number`, ['total']);
  row.counts.forEach((v, i) => {
    if (!valid(v)) bad(`count of ${describeValue(table.categories[i]?.label)} is ${describeValue(v)}`, ['counts', i]);
  });
  const sumOf = (pred: (c: CensusCategory) => boolean): number | null => {
    let s = 0;
    let any = false;
    for (let i = 0; i < table.categories.length; i++) {
      if (!pred(table.categories[i] as CensusCategory)) continue;
      any = true;
      const v = row.counts[i];
      if (v === null || v === undefined) return null;
      s += v;
    }
    return any ? s : null;
  };
  if (row.total !== null) {
    for (const level of ['detail', 'aggregate'] as const) {
      const s = sumOf((c) => c.level === level);
      if (s !== null && !nearlyEqual(s, row.total)) bad(`its ${level} categories sum to ${s} but its total is ${row.total}`, ['total']);
    }
  }
  table.categories.forEach((a, i) => {
    const v = row.counts[i];
    if (a.level !== 'aggregate' || v === null || v === undefined) return;
    const s = sumOf((c) => c.parent === a.code);
    if (s !== null && !nearlyEqual(s, v)) bad(`${describeValue(a.label)} is ${v} but its detailed categories sum to ${s}`, ['counts', i]);
  });
}

function ageTableId(data: CensusDataset, area: string): string {
  for (const id of data.topics['age-single-year'] ?? []) {
    if (data.tables[id]?.rows[area] !== undefined) return id;
  }
  return '';
}

function agePopulation(fn: string, data: CensusDataset, area: string, span: AgeSpan): number {
  const id = ageTableId(data, area);
  const t = id === '' ? undefined : data.tables[id];
  if (t === undefined) {
    throw new ReferenceDataError({ code: 'missing-reference', message: `${fn} needs a single-year age table (topic 'age-single-year') with a row for ${area} to apply assumeAgeIndependent`, path: optionPath('assumeAgeIndependent') });
  }
  const row = t.rows[area] as CensusRow;
  checkRow(fn, t, area, row);
  let s = 0;
  t.categories.forEach((c, i) => {
    if (c.level !== 'detail' || c.ages === undefined) return;
    if (spanWithin(c.ages, span)) s += row.counts[i] ?? 0;
    else if (spansOverlap(c.ages, span)) {
      throw new InvalidInputError({ code: 'invalid-option', message: `${fn} cannot count ages ${spanText(span)} in ${t.id}: the bound cuts ${describeValue(c.label)}`, path: optionPath('ages') });
    }
  });
  return s;
}

function populationBaseText(table: CensusTable, covered: CensusAgeSpan, restriction: Baseline['ageRestriction']): string {
  if (restriction === 'none') return table.populationBase;
  const root = table.populationBase.replace(/ aged \d+ years and over$/, '');
  const ages = covered.max === undefined ? `aged ${covered.min} years and over` : covered.min === covered.max ? `aged ${covered.min}` : `aged ${covered.min} to ${covered.max} years`;
  return `${root} ${ages}`;
}
