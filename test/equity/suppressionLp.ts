// An independent check of suppressSmallCounts' audit: a small dense two-phase simplex (Bland's rule) that
// computes, from the *published* table only, the least and greatest value each hidden cell can take.
// Written for tests; it shares no code with src/equity/_internal/suppressionNetwork.ts.

const EPS = 1e-9;

type LpOutcome = { kind: 'optimal'; value: number } | { kind: 'unbounded' } | { kind: 'infeasible' };

/**
 * Optimises c·x subject to A x = b, 0 ≤ x ≤ ub (ub[j] = Infinity for none).
 * Dense tableau; fine for the few dozen variables of a test table.
 */
export function linearProgram(A: number[][], b: number[], ub: number[], c: number[], sense: 'min' | 'max'): LpOutcome {
  const n0 = c.length;
  // Upper bounds as equality rows with slacks: x_j + s_j = ub_j.
  const rows: number[][] = [];
  const rhs: number[] = [];
  const bounded = ub.map((u, j) => (Number.isFinite(u) ? j : -1)).filter((j) => j >= 0);
  const n = n0 + bounded.length;
  A.forEach((row, i) => {
    rows.push([...row, ...bounded.map(() => 0)]);
    rhs.push(b[i] as number);
  });
  bounded.forEach((j, s) => {
    const row = new Array<number>(n).fill(0);
    row[j] = 1;
    row[n0 + s] = 1;
    rows.push(row);
    rhs.push(ub[j] as number);
  });
  const m = rows.length;
  for (let i = 0; i < m; i++) {
    if ((rhs[i] as number) < 0) {
      rows[i] = (rows[i] as number[]).map((v) => -v);
      rhs[i] = -(rhs[i] as number);
    }
  }
  // Tableau: columns 0..n-1 variables, n..n+m-1 artificials, last = rhs.
  const W = n + m + 1;
  const T: number[][] = rows.map((row, i) => {
    const t = new Array<number>(W).fill(0);
    row.forEach((v, j) => (t[j] = v));
    t[n + i] = 1;
    t[W - 1] = rhs[i] as number;
    return t;
  });
  const basis = Array.from({ length: m }, (_, i) => n + i);

  const pivot = (r: number, col: number): void => {
    const pr = T[r] as number[];
    const pv = pr[col] as number;
    for (let j = 0; j < W; j++) pr[j] = (pr[j] as number) / pv;
    for (let i = 0; i < m; i++) {
      if (i === r) continue;
      const row = T[i] as number[];
      const f = row[col] as number;
      if (Math.abs(f) > 0) for (let j = 0; j < W; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
    }
    basis[r] = col;
  };

  // Minimises cost·x over the columns allowed; returns false when unbounded.
  const run = (cost: number[], allowed: (j: number) => boolean): boolean => {
    for (let iter = 0; iter < 10_000; iter++) {
      // Reduced costs d_j = cost_j − Σ_i cost_basis(i) T[i][j].
      let enter = -1;
      for (let j = 0; j < W - 1 && enter < 0; j++) {
        if (!allowed(j) || basis.includes(j)) continue;
        let d = cost[j] ?? 0;
        for (let i = 0; i < m; i++) d -= (cost[basis[i] as number] ?? 0) * ((T[i] as number[])[j] as number);
        if (d < -EPS) enter = j;
      }
      if (enter < 0) return true;
      let leave = -1;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < m; i++) {
        const a = (T[i] as number[])[enter] as number;
        if (a > EPS) {
          const ratio = ((T[i] as number[])[W - 1] as number) / a;
          if (ratio < best - EPS || (Math.abs(ratio - best) <= EPS && (basis[i] as number) < (basis[leave] as number))) {
            best = ratio;
            leave = i;
          }
        }
      }
      if (leave < 0) return false;
      pivot(leave, enter);
    }
    throw new Error('simplex did not converge');
  };

  // Phase I: minimise the sum of artificials.
  const phase1 = new Array<number>(W - 1).fill(0);
  for (let i = 0; i < m; i++) phase1[n + i] = 1;
  run(phase1, () => true);
  let infeas = 0;
  for (let i = 0; i < m; i++) if ((basis[i] as number) >= n) infeas += (T[i] as number[])[W - 1] as number;
  if (infeas > 1e-7) return { kind: 'infeasible' };
  // Drive artificials out of the basis where possible.
  for (let i = 0; i < m; i++) {
    if ((basis[i] as number) < n) continue;
    for (let j = 0; j < n; j++) {
      if (Math.abs((T[i] as number[])[j] as number) > EPS) {
        pivot(i, j);
        break;
      }
    }
  }
  // Phase II on the original variables only.
  const cost = new Array<number>(W - 1).fill(0);
  c.forEach((v, j) => (cost[j] = sense === 'min' ? v : -v));
  const ok = run(cost, (j) => j < n);
  if (!ok) return { kind: 'unbounded' };
  let value = 0;
  for (let i = 0; i < m; i++) {
    const bj = basis[i] as number;
    if (bj < n0) value += (c[bj] as number) * ((T[i] as number[])[W - 1] as number);
  }
  return { kind: 'optimal', value };
}

/** A published two-way table: inner cells, row totals, column totals, grand total; null = suppressed. */
export interface PublishedTable {
  readonly cells: ReadonlyArray<ReadonlyArray<number | null>>;
  readonly rowTotals: ReadonlyArray<number | null>;
  readonly colTotals: ReadonlyArray<number | null>;
  readonly grandTotal: number | null;
}

/**
 * For every suppressed position of the (R+1)×(C+1) augmented table, the [min, max] an intruder can infer
 * (max = null when unbounded). With `rounded`, each published non-zero value p is known only to lie in
 * [max(0, p − 2), p + 2].
 */
export function intruderIntervals(t: PublishedTable, rounded: boolean): Map<string, { lower: number; upper: number | null }> {
  const R = t.cells.length;
  const C = t.colTotals.length;
  const value = (i: number, j: number): number | null =>
    i < R && j < C ? ((t.cells[i] as ReadonlyArray<number | null>)[j] as number | null) : i < R ? (t.rowTotals[i] as number | null) : j < C ? (t.colTotals[j] as number | null) : t.grandTotal;
  // Variables: every suppressed position, plus (when rounded) every published non-zero position.
  const varIndex = new Map<string, number>();
  const lowerShift: number[] = []; // x = lowerShift + y, y ≥ 0
  const ubs: number[] = [];
  const positions: string[] = [];
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      const v = value(i, j);
      if (v === null) {
        varIndex.set(`${i},${j}`, lowerShift.length);
        lowerShift.push(0);
        ubs.push(Number.POSITIVE_INFINITY);
        positions.push(`${i},${j}`);
      } else if (rounded && v !== 0) {
        varIndex.set(`${i},${j}`, lowerShift.length);
        const lo = Math.max(0, v - 2);
        lowerShift.push(lo);
        ubs.push(v + 2 - lo);
      }
    }
  }
  const nv = lowerShift.length;
  const A: number[][] = [];
  const b: number[] = [];
  const addLine = (terms: Array<[number, number, number]>): void => {
    // Σ sign · x(i, j) = 0
    const row = new Array<number>(nv).fill(0);
    let constant = 0;
    for (const [i, j, sign] of terms) {
      const k = varIndex.get(`${i},${j}`);
      if (k === undefined) constant += sign * (value(i, j) as number);
      else {
        row[k] = (row[k] as number) + sign;
        constant += sign * (lowerShift[k] as number);
      }
    }
    A.push(row);
    b.push(-constant);
  };
  for (let i = 0; i <= R; i++) addLine([...Array.from({ length: C }, (_, j) => [i, j, 1] as [number, number, number]), [i, C, -1]]);
  for (let j = 0; j <= C; j++) addLine([...Array.from({ length: R }, (_, i) => [i, j, 1] as [number, number, number]), [R, j, -1]]);
  const out = new Map<string, { lower: number; upper: number | null }>();
  for (const pos of positions) {
    const k = varIndex.get(pos) as number;
    const c = new Array<number>(nv).fill(0);
    c[k] = 1;
    const lo = linearProgram(A, b, ubs, c, 'min');
    const hi = linearProgram(A, b, ubs, c, 'max');
    if (lo.kind !== 'optimal') throw new Error(`LP for ${pos}: ${lo.kind}`);
    out.set(pos, { lower: Math.round(lo.value + (lowerShift[k] as number)), upper: hi.kind === 'unbounded' ? null : Math.round((hi as { value: number }).value + (lowerShift[k] as number)) });
    if (hi.kind === 'optimal') {
      // The LP vertices of a network matrix are integral: check rather than assume.
      if (Math.abs(hi.value - Math.round(hi.value)) > 1e-6 || Math.abs(lo.value - Math.round(lo.value)) > 1e-6) throw new Error(`non-integral LP bound at ${pos}`);
    }
  }
  return out;
}
