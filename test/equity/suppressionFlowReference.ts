// An independent check of the max-flows in src/equity/_internal/suppressionNetwork.ts: the feasible interval of
// each cell of a two-way table with margins, by Ford–Fulkerson with depth-first augmenting paths on a dense
// capacity matrix (a different algorithm and data structure from the library's Dinic and Edmonds–Karp).
// Written for tests; it shares no code with the library. The model is the one in that file's header: the table is
// an (R+1)×(C+1) array whose last row and column hold the negated totals, every cell an edge between its row node
// and its column node, suppressed cells free to grow without bound and to shrink to 0, published cells fixed or,
// when rounded to base 5, known to lie within ±2 of the rounded value (not below 0).

type State = 'exact' | 'rounded' | 'suppressed';

function maxFlow(capacity: number[][], s: number, t: number, limit: number): number {
  const n = capacity.length;
  const cap = capacity.map((row) => row.slice());
  let flow = 0;
  for (;;) {
    if (flow >= limit) return limit;
    const seen = new Array<boolean>(n).fill(false);
    const dfs = (u: number, pushed: number): number => {
      if (u === t) return pushed;
      seen[u] = true;
      for (let v = 0; v < n; v++) {
        const c = (cap[u] as number[])[v] as number;
        if (c > 0 && !seen[v]) {
          const got = dfs(v, Math.min(pushed, c));
          if (got > 0) {
            (cap[u] as number[])[v] = c - got;
            (cap[v] as number[])[u] = ((cap[v] as number[])[u] as number) + got;
            return got;
          }
        }
      }
      return 0;
    };
    const got = dfs(s, limit - flow);
    if (got === 0) return flow;
    flow += got;
  }
}

/** Intervals of every cell of the augmented table (index i·(C+1)+j), `upper` null when unbounded. */
export function referenceIntervals(inner: number[][], states: State[]): Array<{ lower: number; upper: number | null }> {
  const R = inner.length;
  const C = (inner[0] as number[]).length;
  const rowTotals = inner.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: C }, (_, j) => inner.reduce((a, r) => a + (r[j] as number), 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const value = (i: number, j: number): number => (i < R && j < C ? (inner[i] as number[])[j] as number : i < R ? (rowTotals[i] as number) : j < C ? (colTotals[j] as number) : grand);
  const n = R + 1 + C + 1;
  let big = 1;
  for (let i = 0; i <= R; i++) for (let j = 0; j <= C; j++) big += value(i, j) + 2;
  big *= 4;
  const slack = (v: number, st: State): [number, number] => {
    if (st === 'suppressed') return [big, v];
    if (st === 'exact' || v === 0) return [0, 0];
    const p = 5 * Math.floor((v + 2) / 5);
    return [p + 2 - v, v - Math.max(0, p - 2)];
  };
  const graph = (skip: number): number[][] => {
    const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i <= R; i++) {
      for (let j = 0; j <= C; j++) {
        const k = i * (C + 1) + j;
        if (k === skip) continue;
        const [up, down] = slack(value(i, j), states[k] as State);
        const row = i, col = R + 1 + j;
        // An inner cell or the grand total grows along row → column; a total (stored negated) the other way.
        const [a, b] = (i < R) === (j < C) ? [row, col] : [col, row];
        (cap[a] as number[])[b] = ((cap[a] as number[])[b] as number) + up;
        (cap[b] as number[])[a] = ((cap[b] as number[])[a] as number) + down;
      }
    }
    return cap;
  };
  const out: Array<{ lower: number; upper: number | null }> = [];
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      const k = i * (C + 1) + j;
      const v = value(i, j);
      const [capUp, capDown] = slack(v, states[k] as State);
      const [a, b] = (i < R) === (j < C) ? [i, R + 1 + j] : [R + 1 + j, i];
      const g = graph(k);
      const up = capUp === 0 ? 0 : maxFlow(g, b, a, capUp);
      const down = capDown === 0 ? 0 : maxFlow(g, a, b, capDown);
      out.push({ lower: v - down, upper: up >= big ? null : v + up });
    }
  }
  return out;
}
