import { conventionText, scheduleOf } from './discounting';
import { lineByYear, stagesOf } from './compute';
import type { Resolved, ResolvedLine } from './resolveClaims';
import type { ValueType, YearFlow } from '../types';
import type { ValueOutcomesResult, ValuedOutcome } from '../valueOutcomes';

/** Caveats printed with every valuation. */
const VALUE_CAVEATS: ReadonlyArray<string> = Object.freeze([
  'values are average proxies per person per year, not measured values for these people',
  'claims record outputs achieved; they are not causal impact unless the quantity is net of a comparison group',
  'present values depend on the stated deadweight, displacement, attribution, drop-off and duration; see sensitivity()',
]);

/** Builds the result of a valuation from resolved claims. */
export function buildValuation(r: Resolved): ValueOutcomesResult {
  const lines = r.lines.map((l) => toValuedOutcome(l, r));
  const maxYears = lines.reduce((m, l) => Math.max(m, l.durationYears), 0);
  const impact = new Array<number>(maxYears).fill(0);
  const pvByYear = new Array<number>(maxYears).fill(0);
  const dfByYear = new Array<number>(maxYears).fill(0);
  let gross = 0;
  let afterDeadweight = 0;
  let afterDisplacement = 0;
  let afterAttribution = 0;
  let presentValue = 0;
  const byType = new Map<ValueType | 'unspecified', number>();
  for (const l of lines) {
    gross += l.gross;
    afterDeadweight += l.afterDeadweight;
    afterDisplacement += l.afterDisplacement;
    afterAttribution += l.afterAttribution;
    presentValue += l.presentValue;
    for (const y of l.byYear) {
      impact[y.year - 1] = (impact[y.year - 1] as number) + y.impact;
      pvByYear[y.year - 1] = (pvByYear[y.year - 1] as number) + y.presentValue;
      dfByYear[y.year - 1] = y.discountFactor;
    }
    const t = l.proxy.valueType ?? 'unspecified';
    byType.set(t, (byType.get(t) ?? 0) + l.presentValue);
  }
  const byYear: YearFlow[] = impact.map((v, i) => ({
    year: i + 1,
    impact: v,
    discountFactor: dfByYear[i] as number,
    presentValue: pvByYear[i] as number,
  }));
  const order: Array<ValueType | 'unspecified'> = ['wellbeing', 'fiscal', 'economic', 'unspecified'];
  return {
    lines,
    total: {
      gross,
      afterDeadweight,
      afterDisplacement,
      afterAttribution,
      undiscounted: impact.reduce((a, b) => a + b, 0),
      presentValue,
      byYear,
    },
    byValueType: order.filter((t) => byType.has(t)).map((t) => ({ valueType: t, presentValue: byType.get(t) as number })),
    priceYear: r.priceYear,
    discounting: { rate: r.rate, firstYearDiscounted: r.firstYearDiscounted, schedule: scheduleOf(r.rate), convention: conventionText(r.firstYearDiscounted) },
    warnings: r.warnings,
    n: lines.length,
    excluded: { notSustained: r.excludedNotSustained },
    caveats: VALUE_CAVEATS,
  };
}

function toValuedOutcome(l: ResolvedLine, r: Resolved): ValuedOutcome {
  const s = stagesOf(l);
  const byYear = lineByYear(l, r.rate, r.firstYearDiscounted);
  const e = l.entry;
  return {
    claimIndex: l.claimIndex,
    outcomeId: e.id,
    label: e.label,
    category: e.category,
    cohort: l.cohort,
    quantity: l.quantity,
    proxy: {
      value: l.variant.value,
      priceYear: l.uprating.fromYear,
      source: e.source,
      ...(e.edition === undefined ? {} : { edition: e.edition }),
      licence: e.licence,
      bank: r.bankName,
      ...(e.valueType === undefined ? {} : { valueType: e.valueType }),
      variant: {
        ageBand: l.variant.ageBand,
        location: l.variant.location,
        requestedAgeBand: l.requestedAgeBand,
        requestedLocation: l.requestedLocation,
      },
    },
    uprated: l.uprating,
    unitValue: l.unitValue,
    gross: s.gross,
    deadweight: l.deadweight,
    afterDeadweight: s.afterDeadweight,
    displacement: l.displacement,
    afterDisplacement: s.afterDisplacement,
    attribution: l.attribution,
    afterAttribution: s.afterAttribution,
    dropOff: l.dropOff,
    durationYears: l.durationYears,
    adjustmentSources: l.sources,
    ...(l.bankDeadweight === undefined ? {} : { bankDeadweight: l.bankDeadweight }),
    byYear,
    presentValue: byYear.reduce((a, y) => a + y.presentValue, 0),
  };
}

