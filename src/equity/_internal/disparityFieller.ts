/**
 * Fieller's confidence interval for the ratio of two independent means with unequal variances, the
 * t quantile taken at the Welch–Satterthwaite degrees of freedom evaluated at the estimated ratio
 * (Tamhane & Logan 2004; R `mratios::ttestratio(x, y, var.equal = FALSE)`).
 *
 * Solving (x̄ − ρ ȳ)² ≤ t² (s²x/nx + ρ² s²y/ny) for ρ gives a bounded interval only when the reference
 * mean ȳ is itself significantly different from zero (ȳ² > t² s²y/ny); otherwise the set is unbounded
 * (the whole line or two half-lines) and no interval is returned.
 *
 * References: Fieller EC (1954). Some problems in interval estimation. JRSS B 16(2):175–185,
 * https://doi.org/10.1111/j.2517-6161.1954.tb00159.x ; Tamhane AC, Logan BR (2004). Finding the maximum safe
 * dose level for heteroscedastic data. J Biopharm Stat 14(4):843–856, https://doi.org/10.1081/BIP-200035413 ;
 * Dilba G, Schaarschmidt F, Hothorn LA (2007). Inferences for ratios of normal means. R News 7(1):20–23.
 *
 * @internal
 */
import { studentTQuantile } from '../../stats';

/** A bounded Fieller interval, or the reason there is none. */
export type FiellerResult =
  | { readonly bounded: true; readonly estimate: number; readonly lower: number; readonly upper: number; readonly df: number }
  | { readonly bounded: false; readonly estimate: number };

/** Fieller interval for mx/my, with vx = s²x, vy = s²y. */
export function fiellerRatio(nx: number, mx: number, vx: number, ny: number, my: number, vy: number, confidence: number): FiellerResult {
  const estimate = mx / my;
  const ax = vx / nx;
  const ay = vy / ny;
  const df = (ax + estimate * estimate * ay) ** 2 / ((ax * ax) / (nx - 1) + (estimate ** 4 * ay * ay) / (ny - 1));
  if (!Number.isFinite(estimate) || !(df > 0)) return { bounded: false, estimate };
  const t = studentTQuantile(1 - (1 - confidence) / 2, df);
  const t2 = t * t;
  const a = my * my - t2 * ay;
  if (!(a > 0)) return { bounded: false, estimate };
  const root = t * Math.sqrt(mx * mx * ay + ax * a);
  const lower = (mx * my - root) / a;
  const upper = (mx * my + root) / a;
  return { bounded: true, estimate, lower, upper, df };
}
