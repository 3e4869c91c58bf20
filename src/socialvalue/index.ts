/**
 * The `socialvalue` module: output-based social value (wellbeing values from a user-supplied,
 * licensed value bank, or the Green Book WELLBY), avoided costs at published unit costs, the SROI
 * adjustments, discounting and uprating — every figure traceable to its source, price year and
 * adjustments.
 *
 * @packageDocumentation
 */
export { SocialOutcomesError, InvalidInputError, InsufficientDataError, ReferenceDataError } from '../errors';

export type {
  ValueLocation,
  ValueVariant,
  ValueType,
  ValueBankEntry,
  ValueBank,
  OutcomeClaim,
  AdjustmentOption,
  UpratingTrace,
  YearFlow,
  DiscountBandTrace,
  DiscountingTrace,
} from './types';
export { parsePriceYear } from './parsePriceYear';
export type { ParsedPriceYear } from './parsePriceYear';
export { uprate } from './uprate';
export type { UprateResult } from './uprate';
export { presentValue } from './presentValue';
export type { PresentValueOptions, PresentValueResult } from './presentValue';
export { valueOutcomes } from './valueOutcomes';
export type {
  AdjustmentSource,
  ValueWarningCode,
  ValueWarning,
  ValueOutcomesOptions,
  ProxyTrace,
  AdjustmentSources,
  ValuedOutcome,
  ValueTotals,
  ValueTypeTotal,
  ValueOutcomesResult,
} from './valueOutcomes';
export { avoidedCosts } from './avoidedCosts';
export type {
  AvoidedEvent,
  AvoidedCostsOptions,
  UnitCostTrace,
  AvoidedCostLine,
  AgencySaving,
  AvoidedCostsResult,
} from './avoidedCosts';
export { sroi } from './sroi';
export type { SroiInput, SroiData, SroiOptions, Payback, SroiResult } from './sroi';
export { sensitivity } from './sensitivity';
export type {
  SensitivityData,
  SensitivityRanges,
  SensitivityOptions,
  SensitivityParameter,
  SwitchingValue,
  TornadoRow,
  BreakEvenDeadweight,
  SensitivityResult,
} from './sensitivity';
export { wellbeingValue } from './wellbeingValue';
export type { WellbeingConversion, WellbeingValueOptions, WellbeingValueResult } from './wellbeingValue';
