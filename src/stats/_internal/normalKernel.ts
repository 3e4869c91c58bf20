/**
 * Standard normal tail probabilities (Cody 1969/1993) and quantile (Wichura 1988, AS 241).
 *
 * References:
 * - Cody WJ (1969). Rational Chebyshev approximations for the error function. Mathematics of
 *   Computation 23(107):631–637. https://doi.org/10.1090/S0025-5718-1969-0247736-4
 * - Cody WJ (1993). Algorithm 715: SPECFUN — a portable FORTRAN package of special function routines
 *   and test drivers. ACM Transactions on Mathematical Software 19(1):22–32
 *   (function ANORM). https://doi.org/10.1145/151271.151273
 * - Wichura MJ (1988). Algorithm AS 241: the percentage points of the normal distribution.
 *   Applied Statistics 37(3):477–484 (PPND16). https://doi.org/10.2307/2347330
 *
 * @internal
 */
import { INV_SQRT_2PI } from './gamma';

// Cody (1993) ANORM coefficients: |x| ≤ 0.67448975.
const A0 = 2.2352520354606837;
const A1 = 161.02823106855587;
const A2 = 1067.6894854603709;
const A3 = 18154.98125334356;
const A4 = 0.06568233791820745;
const B0 = 47.202581904688245;
const B1 = 976.0985517377767;
const B2 = 10260.932208618979;
const B3 = 45507.78933502673;
// 0.67448975 < |x| ≤ √32.
const C = [
  0.39894151208813466, 8.883149794388377, 93.50665613217785, 597.2702763948002,
  2494.5375852903726, 6848.190450536283, 11602.65143764735, 9842.714838383978,
  1.0765576773720192e-8,
];
const D = [
  22.266688044328117, 235.387901782625, 1519.3775994075547, 6485.558298266761,
  18615.571640885097, 34900.95272114598, 38912.00328609327, 19685.429676859992,
];
// |x| > √32: asymptotic rational approximation in 1/x².
const P = [
  0.215898534057957, 0.12740116116024736, 0.022235277870649807, 0.0014216191932278934,
  0.000029112874951168793, 0.023073441764940174,
];
const Q = [1.284260096144911, 0.4682382124808651, 0.06598813786892856, 0.0037823963320275824, 0.00007297515550839662];

const SPLIT1 = 0.67448975;
const SQRT32 = 5.656854249492381;
/** Beyond this |x| the upper tail is below the smallest subnormal double. */
const TAIL_UNDERFLOW = 38.6;

/**
 * exp(−y²/2) with y split as y = yh + yl (yh a multiple of 1/16), so that the large exponent is
 * formed exactly and the rounding error of y² does not get amplified (Cody 1993).
 */
export function expHalfSquare(y: number): number {
  const yh = Math.trunc(y * 16) / 16;
  const del = (y - yh) * (y + yh);
  return Math.exp(-yh * yh * 0.5) * Math.exp(-del * 0.5);
}

/**
 * Standard normal tail: Φ(x) when `upper` is false, 1 − Φ(x) when true, each with full relative
 * precision down to the subnormal range (Cody 1993, ANORM).
 */
export function normalTail(x: number, upper: boolean): number {
  if (Number.isNaN(x)) return x;
  const y = Math.abs(x);
  // The tail away from the mean is "small"; the other side is 1 − small.
  if (y <= SPLIT1) {
    const xsq = y > 1.1102230246251565e-16 ? x * x : 0;
    let xnum = A4 * xsq;
    let xden = xsq;
    xnum = (xnum + A0) * xsq;
    xden = (xden + B0) * xsq;
    xnum = (xnum + A1) * xsq;
    xden = (xden + B1) * xsq;
    xnum = (xnum + A2) * xsq;
    xden = (xden + B2) * xsq;
    const temp = (x * (xnum + A3)) / (xden + B3);
    return upper ? 0.5 - temp : 0.5 + temp;
  }
  let small: number;
  if (y <= SQRT32) {
    let xnum = (C[8] as number) * y;
    let xden = y;
    for (let i = 0; i < 7; i++) {
      xnum = (xnum + (C[i] as number)) * y;
      xden = (xden + (D[i] as number)) * y;
    }
    small = expHalfSquare(y) * ((xnum + (C[7] as number)) / (xden + (D[7] as number)));
  } else if (y < TAIL_UNDERFLOW) {
    const xsq = 1 / (x * x);
    let xnum = (P[5] as number) * xsq;
    let xden = xsq;
    for (let i = 0; i < 4; i++) {
      xnum = (xnum + (P[i] as number)) * xsq;
      xden = (xden + (Q[i] as number)) * xsq;
    }
    let temp = (xsq * (xnum + (P[4] as number))) / (xden + (Q[4] as number));
    temp = (INV_SQRT_2PI - temp) / y;
    small = expHalfSquare(y) * temp;
  } else {
    small = 0;
  }
  // small = P(Z > |x|).
  const wantSmall = (x > 0) === upper;
  return wantSmall ? small : 1 - small;
}

/** Standard normal density φ(x), with the exponent formed exactly for large |x|. */
export function normalDensity(x: number): number {
  const y = Math.abs(x);
  if (y > TAIL_UNDERFLOW + 1) return 0;
  return INV_SQRT_2PI * expHalfSquare(y);
}

// Wichura (1988) AS 241, PPND16 coefficients.
const QA = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946,
  45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
];
const QB = [
  1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597,
  39307.89580009271, 28729.085735721943, 5226.495278852854,
];
const QC = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045,
  1.2704582524523684, 0.2417807251774506, 0.022723844989269184, 0.0007745450142783414,
];
const QD = [
  1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008,
  0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9,
];
const QE = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487,
  0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876, 2.0103343992922881e-7,
];
const QF = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133,
  0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
];

function poly7(c: ReadonlyArray<number>, x: number): number {
  let s = c[7] as number;
  for (let i = 6; i >= 0; i--) s = s * x + (c[i] as number);
  return s;
}

/**
 * Standard normal quantile for a probability given as its smaller tail: returns z with
 * P(Z ≤ z) = q when `upper` is false, P(Z > z) = q when true. `q` must be in (0, 1).
 *
 * AS 241 (relative accuracy about 1e-16), followed in the far tails by one Newton step on
 * ln Φ with Cody's tail, which removes the last ulps of error.
 */
export function normalQuantileTail(q: number, upper: boolean): number {
  // Work with the lower-tail probability pl and the distance from the median.
  const half = q - 0.5;
  if (Math.abs(half) <= 0.425) {
    const r = 0.180625 - half * half;
    const z = (half * poly7(QA, r)) / poly7(QB, r);
    return upper ? -z : z;
  }
  // r = √(−ln(smaller tail)).
  const small = half < 0 ? q : 1 - q;
  let r = Math.sqrt(-Math.log(small));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly7(QC, r) / poly7(QD, r);
  } else {
    r -= 5;
    z = poly7(QE, r) / poly7(QF, r);
    // One Newton step on ln P(Z > z) = ln small; in the far tail the Mills ratio makes it tiny.
    const tail = normalTail(z, true);
    if (tail > 0) {
      const dens = normalDensity(z);
      if (dens > 0) z += (Math.log(tail) - Math.log(small)) * (tail / dens);
    }
  }
  // z > 0 is the distance of the smaller tail from the median.
  const lowerSide = half < 0; // q is below the median of its tail
  const zSigned = lowerSide ? -z : z;
  return upper ? -zSigned : zSigned;
}
