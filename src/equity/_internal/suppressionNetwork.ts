/**
 * Disclosure audit and secondary suppression for a one- or two-way table with margins, by network flow
 * (no linear-programming solver).
 *
 * **Model.** A two-way table with margins is written as an (R+1)×(C+1) array z whose every row and column
 * sums to zero: z_ij = x_ij for inner cells and the grand total, z_iC = −(row total i), z_Rj = −(column
 * total j). Each cell is an edge between a row node and a column node, and the row/column equations are flow
 * conservation at the nodes. A one-way table x_1..x_k with total T is one row node and one column node joined
 * by k + 1 parallel edges (the total with sign −1). A change of the hidden values that keeps every published
 * figure is a circulation in a graph whose arcs carry the allowed changes:
 * - a cell with sign +1 and true value v (inner cell, grand total): arc row→col with capacity "up" (its value can
 *   grow by this much) and arc col→row with capacity "down" (shrink by this much);
 * - a cell with sign −1 (row or column total): the same with the directions swapped.
 * A suppressed cell may grow without bound and shrink to 0 (up = ∞, down = v). A published cell is fixed
 * (up = down = 0), or, when published rounded to base 5 as p (and not a true zero), known only to lie in
 * [max(0, p − 2), p + 2] (up = p + 2 − v, down = v − max(0, p − 2)).
 *
 * **Feasible interval.** The largest increase of a suppressed cell e is the largest circulation through e in
 * its "up" direction: the maximum flow from e's head back to its tail in the graph without e (Ford–Fulkerson
 * max-flow/min-cut theorem); likewise the largest decrease (capped at v). Because the constraint matrix of a
 * network is totally unimodular, these bounds equal the linear-programming bounds and are attained by integer
 * tables, so the interval [v − down, v + up] is exactly the set an intruder can infer from the published table.
 * The intervals are max-flow values, each capped by the capacity leaving its source and entering its sink: short
 * augmenting paths found depth first carry most flows to that cap, and Dinic's algorithm (Dinic 1970) finishes the
 * rest; the audit inside {@link protect} only asks whether a width reaches the protection level, so its flows stop
 * there ({@link reachesWidth}).
 *
 * **Repair.** When a suppressed cell's interval is narrower than the protection level, a minimum-cost
 * augmenting path (Dijkstra on the residual graph; existing capacity costs 0, suppressing a published cell costs
 * its value) from e's head to its tail is found and the published cells on it are suppressed; this repeats until
 * every suppressed cell is protected. A path through the margins always exists, so the repair terminates.
 *
 * References: Cox LH (1980). Suppression methodology and statistical disclosure control. JASA 75(370):377–385,
 * https://doi.org/10.1080/01621459.1980.10477481 ; Fischetti M, Salazar-González JJ (1999). Models and
 * algorithms for the 2-dimensional cell suppression problem in statistical disclosure control. Mathematical
 * Programming 84:283–312, https://doi.org/10.1007/s10107980009a ; Ford LR, Fulkerson DR (1956). Maximal flow
 * through a network. Canadian Journal of Mathematics 8:399–404; Dinic EA (1970). Algorithm for solution of a
 * problem of maximum flow in a network with power estimation. Soviet Mathematics Doklady 11:1277–1280;
 * Hundepool A et al. (2012). Statistical Disclosure Control. Wiley, chapter 4 (tabular data, protection levels,
 * the frequency rule).
 *
 * @internal
 */

/**
 * Arcs at a node (with reverses) up to which the depth-first paths look for the sink by a scan: a row of a
 * 19-column table has about 40; a column of a 2,000-row table about 1,200.
 */
const FEW_ARCS = 64;

/** One cell of the network: an edge between a row node and a column node. */
export interface NetCell {
  /** Row node. */
  readonly r: number;
  /** Column node. */
  readonly c: number;
  /** +1 for inner cells and the grand total, −1 for row and column totals. */
  readonly sign: 1 | -1;
  /** The true value (a non-negative integer). */
  readonly v: number;
}

/** The table as a network: node counts and cells; `lines[node]` lists the cells of each row/column line. */
export interface Network {
  readonly nodes: number;
  readonly rowNodes: number;
  readonly cells: ReadonlyArray<NetCell>;
  readonly lines: ReadonlyArray<ReadonlyArray<number>>;
}

/** Builds the network of a two-way table (inner R×C counts, margins computed by the caller). */
export function twoWayNetwork(inner: ReadonlyArray<ReadonlyArray<number>>, rowTotals: ReadonlyArray<number>, colTotals: ReadonlyArray<number>, grand: number): Network {
  const R = inner.length;
  const C = rowTotals.length === 0 ? 0 : (inner[0] as ReadonlyArray<number>).length;
  const cells: NetCell[] = [];
  // Cell index = i * (C + 1) + j over the augmented (R+1)×(C+1) array.
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      const inRow = i < R;
      const inCol = j < C;
      const v = inRow && inCol ? ((inner[i] as ReadonlyArray<number>)[j] as number) : inRow ? (rowTotals[i] as number) : inCol ? (colTotals[j] as number) : grand;
      cells.push({ r: i, c: R + 1 + j, sign: inRow === inCol ? 1 : -1, v });
    }
  }
  return withLines(R + 1 + C + 1, R + 1, cells);
}

/** Builds the network of a one-way table: k cells and their total (cell index k). */
export function oneWayNetwork(values: ReadonlyArray<number>, total: number): Network {
  const cells: NetCell[] = values.map((v) => ({ r: 0, c: 1, sign: 1 as const, v }));
  cells.push({ r: 0, c: 1, sign: -1, v: total });
  return withLines(2, 1, cells);
}

function withLines(nodes: number, rowNodes: number, cells: NetCell[]): Network {
  const lines: number[][] = Array.from({ length: nodes }, () => []);
  cells.forEach((cell, k) => {
    (lines[cell.r] as number[]).push(k);
    if (cell.c !== cell.r) (lines[cell.c] as number[]).push(k);
  });
  // A one-way table's column node repeats its row node's line; keep one.
  if (rowNodes === 1 && nodes === 2) lines[1] = [];
  return { nodes, rowNodes, cells, lines };
}

/** How a cell is published: its exact value, rounded to base 5, or suppressed. */
export type CellState = 'exact' | 'rounded' | 'suppressed';

/** Nearest multiple of 5 of a non-negative integer (…2 down, …3 up). */
export function roundTo5(v: number): number {
  return 5 * Math.floor((v + 2) / 5);
}

/** Capacities (up, down) of a cell's true value as an intruder sees them. */
function capacities(v: number, state: CellState, inf: number): [number, number] {
  if (state === 'suppressed') return [inf, v];
  if (state === 'exact' || v === 0) return [0, 0];
  const p = roundTo5(v);
  return [p + 2 - v, v - Math.max(0, p - 2)];
}

/** The arc endpoints of a cell's "up" direction (its true value grows). */
function upArc(cell: NetCell): [number, number] {
  return cell.sign === 1 ? [cell.r, cell.c] : [cell.c, cell.r];
}

/**
 * The residual graph of every cell's arcs under one set of states, in typed arrays, built once and reused for
 * each cell left out ({@link Residual.reset}). Arc 2m is the m-th arc added and arc 2m + 1 its reverse (capacity
 * 0); a node's arcs keep the order they were added in, so a breadth-first search labels nodes in the same order as
 * on a graph built without the left-out cell (whose arcs are closed: a closed arc and its reverse never carry flow).
 */
class Residual {
  /** Head node of each arc. */
  readonly to: Int32Array;
  /** Residual capacity of each arc. */
  readonly cap: Float64Array;
  /** Arc ids of node u: `arcs[start[u]]` … `arcs[start[u + 1] − 1]`. */
  readonly start: Int32Array;
  readonly arcs: Int32Array;
  private readonly base: Float64Array;
  /** Cell j's forward arcs are 2·m for m in [firstOf[j], firstOf[j + 1]). */
  private readonly firstOf: Int32Array;
  private readonly prevNode: Int32Array;
  private readonly prevArc: Int32Array;
  private readonly queue: Int32Array;
  /** Dinic's level of each node, its current arc, and the arcs of the path being built. */
  private readonly level: Int32Array;
  private readonly current: Int32Array;
  private readonly path: Int32Array;
  /** For the depth-first paths: the search that last reached each node, and each node's arc into the sink (−1: none). */
  private readonly seen: Int32Array;
  private readonly intoSink: Int32Array;
  private search = 0;
  /** Arcs whose capacities (with their pairs') have changed since the last reset, and how many (may exceed the list). */
  private readonly changed: Int32Array;
  private nChanged = 0;
  /**
   * The depth-first searches of one flow may inspect 2^−shift of the graph's arcs. Each flow they leave unfinished
   * raises the shift by 2 (to 6 at most) and each they finish lowers it by 1: where the paths are long and many (a
   * table rounded to base 5, where every published cell has a little slack, so a flow is carried by dozens of
   * paths of one or two units) little is spent on them before Dinic's phases take over. Raising it by 1, or to at
   * most 4, left the bench's 120 × 40 rounded table 1.6× slower than Dinic alone.
   */
  private shift = 0;

  constructor(net: Network, states: ReadonlyArray<CellState>, inf: number) {
    const from: number[] = [];
    const to: number[] = [];
    const cap: number[] = [];
    this.firstOf = new Int32Array(net.cells.length + 1);
    const add = (x: number, y: number, c: number): void => {
      from.push(x, y);
      to.push(y, x);
      cap.push(c, 0);
    };
    net.cells.forEach((cell, k) => {
      this.firstOf[k] = from.length / 2;
      const [up, down] = capacities(cell.v, states[k] as CellState, inf);
      const [a, b] = upArc(cell);
      if (up > 0) add(a, b, up);
      if (down > 0) add(b, a, down);
    });
    this.firstOf[net.cells.length] = from.length / 2;
    const n = net.nodes;
    this.to = Int32Array.from(to);
    this.base = Float64Array.from(cap);
    this.cap = Float64Array.from(cap);
    // Arcs grouped by tail node, in the order they were added (a counting sort).
    this.start = new Int32Array(n + 1);
    for (const x of from) this.start[x + 1] = (this.start[x + 1] as number) + 1;
    for (let u = 0; u < n; u++) this.start[u + 1] = (this.start[u + 1] as number) + (this.start[u] as number);
    this.arcs = new Int32Array(from.length);
    const fill = this.start.slice(0, n);
    from.forEach((x, e) => {
      this.arcs[fill[x] as number] = e;
      fill[x] = (fill[x] as number) + 1;
    });
    this.prevNode = new Int32Array(n);
    this.prevArc = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.level = new Int32Array(n);
    this.current = new Int32Array(n);
    this.path = new Int32Array(n);
    this.seen = new Int32Array(n);
    this.intoSink = new Int32Array(n).fill(-1);
    this.changed = new Int32Array(Math.max(64, from.length >> 3));
  }

  /**
   * Restores every capacity changed since the last reset, then closes cell `skip`'s arcs: the residual graph of every
   * cell but `skip`. Only the arcs a flow used are copied back (a whole copy of a 2,000 × 19 table's arcs, per flow,
   * was a quarter of its audit), unless more changed than `changed` holds.
   */
  reset(skip: number): void {
    const { cap, base, changed } = this;
    if (this.nChanged > changed.length) cap.set(base);
    else {
      for (let k = 0; k < this.nChanged; k++) {
        const e = changed[k] as number;
        cap[e] = base[e] as number;
        cap[e ^ 1] = base[e ^ 1] as number;
      }
    }
    this.nChanged = 0;
    for (let m = this.firstOf[skip] as number; m < (this.firstOf[skip + 1] as number); m++) {
      cap[2 * m] = 0;
      this.change(2 * m);
    }
  }

  /** Notes that arc e's pair of capacities differs from the base (past the list's length, everything is restored). */
  private change(e: number): void {
    if (this.nChanged < this.changed.length) this.changed[this.nChanged] = e;
    this.nChanged++;
  }

  /** Max flow from s to t (Edmonds–Karp), stopping once `limit` is reached; the repair reads the residual graph it leaves. */
  maxFlow(s: number, t: number, limit: number): number {
    const { to, cap, start, arcs, prevNode, prevArc, queue } = this;
    let flow = 0;
    while (flow < limit) {
      prevNode.fill(-1);
      prevNode[s] = s;
      queue[0] = s;
      let tail = 1;
      // Breadth-first search; it stops as soon as t is labelled (the path to t is the same as a full sweep's).
      for (let q = 0; q < tail && prevNode[t] === -1; q++) {
        const u = queue[q] as number;
        for (let i = start[u] as number; i < (start[u + 1] as number); i++) {
          const e = arcs[i] as number;
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && prevNode[v] === -1) {
            prevNode[v] = u;
            prevArc[v] = e;
            queue[tail++] = v;
            if (v === t) break;
          }
        }
      }
      if (prevNode[t] === -1) break;
      let depth = 0;
      for (let v = t; v !== s; v = prevNode[v] as number) this.path[depth++] = prevArc[v] as number;
      flow += this.augment(depth, limit - flow);
    }
    return flow;
  }

  /** An arc from u to t with residual capacity, looked for only when u has at most {@link FEW_ARCS} arcs; else −1. */
  private arcTo(u: number, t: number): number {
    const { to, cap, start, arcs } = this;
    if (this.degree(u) > FEW_ARCS) return -1;
    for (let i = start[u] as number; i < (start[u + 1] as number); i++) {
      const e = arcs[i] as number;
      if (to[e] === t && (cap[e] as number) > 0) return e;
    }
    return -1;
  }

  /** Number of arcs (with reverses) at node u. */
  private degree(u: number): number {
    return (this.start[u + 1] as number) - (this.start[u] as number);
  }

  /**
   * The residual capacity leaving node u (`into` 0) or entering it (`into` 1), capped at `limit`: each term and
   * the sum stop at the cap, so the sum stays exact and ends once it is reached.
   */
  private capacityAt(u: number, into: 0 | 1, limit: number): number {
    const { cap, start, arcs } = this;
    let sum = 0;
    for (let i = start[u] as number; i < (start[u + 1] as number) && sum < limit; i++) sum += Math.min(cap[(arcs[i] as number) ^ into] as number, limit);
    return Math.min(sum, limit);
  }

  /** Pushes the bottleneck of the path's first `depth` arcs (at most `room`) along it; returns the amount pushed. */
  private augment(depth: number, room: number): number {
    const { cap, path } = this;
    let push = room;
    for (let d = 0; d < depth; d++) push = Math.min(push, cap[path[d] as number] as number);
    for (let d = 0; d < depth; d++) {
      const e = path[d] as number;
      cap[e] = (cap[e] as number) - push;
      cap[e ^ 1] = (cap[e ^ 1] as number) + push;
      this.change(e);
    }
    return push;
  }

  /**
   * Flow from s to t along augmenting paths found depth first, up to `limit`. A node with an arc into t ends a
   * search at once (those arcs are marked first), so where the suppressed cells are well connected each path costs
   * a few steps, where one of Dinic's phases labels most of the graph before it reaches t: in the bench's
   * 2,000 × 19 table every one of the 33,000 flows of the final audit reached its limit this way. The searches of
   * one flow inspect at most a share of the graph's arcs (see `shift`), after which Dinic's phases continue from the
   * flow found. Returns that flow; or −flow − 1 when a search exhausted every node reachable from s, which proves the
   * flow maximal.
   */
  private depthFirst(s: number, t: number, limit: number): number {
    const { to, cap, start, arcs, seen, current, path, intoSink } = this;
    // Arc i leaves t; its pair (i ^ 1) enters t from the same neighbour. A cell joins two nodes by two arcs, so a
    // neighbour can have two arcs into t: the one with more capacity is marked. A sink with many arcs (a column of
    // a long table) is not marked, as marking and clearing would cost more than the paths: instead each node with
    // few arcs looks among them for t before the search goes on.
    const marked = this.degree(t) <= FEW_ARCS;
    if (marked) {
      for (let i = start[t] as number; i < (start[t + 1] as number); i++) {
        const e = (arcs[i] as number) ^ 1, x = to[arcs[i] as number] as number, was = intoSink[x] as number;
        if (was < 0 || (cap[e] as number) > (cap[was] as number)) intoSink[x] = e;
      }
    }
    let budget = arcs.length >> this.shift;
    let flow = 0;
    let proven = false;
    while (flow < limit && budget > 0) {
      const stamp = ++this.search;
      seen[s] = stamp;
      current[s] = start[s] as number;
      let depth = 0;
      let u = s;
      let found = false;
      while (budget > 0) {
        const last = marked ? (intoSink[u] as number) : this.arcTo(u, t);
        if (last >= 0 && (cap[last] as number) > 0) {
          path[depth++] = last;
          found = true;
          break;
        }
        let next = -1;
        for (let i = current[u] as number; i < (start[u + 1] as number); i++) {
          budget--;
          const e = arcs[i] as number;
          if ((cap[e] as number) > 0 && seen[to[e] as number] !== stamp) {
            next = e;
            current[u] = i + 1;
            break;
          }
        }
        if (next < 0) {
          if (depth === 0) {
            proven = true;
            break;
          }
          u = to[(path[--depth] as number) ^ 1] as number;
          continue;
        }
        const v = to[next] as number;
        path[depth++] = next;
        if (v === t) {
          found = true;
          break;
        }
        seen[v] = stamp;
        current[v] = start[v] as number;
        u = v;
      }
      if (!found) break;
      flow += this.augment(depth, limit - flow);
    }
    if (marked) for (let i = start[t] as number; i < (start[t + 1] as number); i++) intoSink[to[arcs[i] as number] as number] = -1;
    if (proven || flow >= limit) this.shift = Math.max(0, this.shift - 1);
    else this.shift = Math.min(6, this.shift + 2);
    return proven ? -flow - 1 : flow;
  }

  /**
   * The value of the max flow from s to t, capped at `limit` (Dinic: a breadth-first search labels each node with
   * its distance from s; depth-first searches along arcs that go one level further then saturate every shortest
   * path before the next search). The value is the one {@link maxFlow} finds, as a maximum flow's value is unique
   * (capacities are integers below 2⁵³, so every sum is exact), but the flow itself, and so the residual graph it
   * leaves, can differ: the repair, which reads that residual graph, keeps to {@link maxFlow}. Dinic needs far fewer
   * searches when the flow is carried by many paths of small capacity, as in a large table with thousands of
   * suppressed small counts.
   */
  flowValue(s: number, t: number, limit: number): number {
    const { to, cap, start, arcs, level, current, path, queue } = this;
    // No flow exceeds the capacity leaving s or entering t (every arc into t has its reverse leaving t). With that
    // as the limit, a flow that saturates either stops at once, without the last search that finds no path, which
    // sweeps the whole part of the graph reachable from s. Each sum stops at the limit, so it stays exact.
    // The node with fewer arcs is summed first, so that the other sum stops at it (a column of a 5,000-row table
    // has thousands of arcs, a row a dozen).
    limit = this.degree(s) <= this.degree(t) ? this.capacityAt(t, 1, this.capacityAt(s, 0, limit)) : this.capacityAt(s, 0, this.capacityAt(t, 1, limit));
    // Most flows here end after a few short paths, which a depth-first search finds without labelling the graph;
    // Dinic's phases take over from the flow found when the searches run past their budget.
    let flow = this.depthFirst(s, t, limit);
    if (flow < 0) return -flow - 1;
    while (flow < limit) {
      level.fill(-1);
      level[s] = 0;
      queue[0] = s;
      let tail = 1;
      // Every node nearer s than t is labelled by the time t is, so the search stops there.
      for (let q = 0; q < tail && (level[t] as number) < 0; q++) {
        const u = queue[q] as number;
        for (let i = start[u] as number; i < (start[u + 1] as number); i++) {
          const e = arcs[i] as number;
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && (level[v] as number) < 0) {
            level[v] = (level[u] as number) + 1;
            queue[tail++] = v;
          }
        }
      }
      if ((level[t] as number) < 0) break;
      current.set(start.subarray(0, current.length));
      // Blocking flow: walk forward along an arc one level on (its current arc); at a dead end, remove the node
      // (level −1) and step back. Each path found is saturated at its bottleneck, and the walk starts again at s.
      let depth = 0;
      let u = s;
      while (flow < limit) {
        if (u === t) {
          flow += this.augment(depth, limit - flow);
          depth = 0;
          u = s;
          continue;
        }
        let next = -1;
        for (let i = current[u] as number; i < (start[u + 1] as number); i++) {
          const e = arcs[i] as number;
          if ((cap[e] as number) > 0 && level[to[e] as number] === (level[u] as number) + 1) {
            next = e;
            break;
          }
          current[u] = i + 1;
        }
        if (next >= 0) {
          path[depth++] = next;
          u = to[next] as number;
        } else {
          if (u === s) break;
          level[u] = -1;
          u = to[(path[--depth] as number) ^ 1] as number;
        }
      }
    }
    return flow;
  }
}

/** The interval an intruder can infer for a cell, from the published table. */
export interface FeasibleInterval {
  /** Smallest value consistent with the published table. */
  readonly lower: number;
  /** Largest value, or `null` when there is no finite upper bound. */
  readonly upper: number | null;
  /** upper − lower (`Infinity` when unbounded). */
  readonly width: number;
}

/** Large finite stand-in for an unbounded capacity: more than any finite cut of the network. */
function infinityFor(net: Network): number {
  let s = 0;
  for (const cell of net.cells) s += cell.v + 2;
  return 2 * s + 1;
}

/** Feasible interval of cell k given the publication states. */
export function feasibleInterval(net: Network, states: ReadonlyArray<CellState>, k: number): FeasibleInterval {
  const inf = infinityFor(net);
  return intervalByFlow(net, states, new Residual(net, states, inf), inf, k);
}

/** Feasible interval of cell k by two max-flows on the residual graph of the states, without cell k. */
function intervalByFlow(net: Network, states: ReadonlyArray<CellState>, g: Residual, inf: number, k: number): FeasibleInterval {
  const [up, down] = growthAndShrinking(net, states, g, inf, k, Number.POSITIVE_INFINITY);
  return intervalOf((net.cells[k] as NetCell).v, up, down, inf);
}

/**
 * How far cell k can grow and shrink: two max-flows on the residual graph of the states without cell k, each capped
 * at the cell's capacity in its direction and at `limit`. The shrinking's flow stops once growth and shrinking
 * together reach `limit`, and is not run when the growth alone does. With an infinite `limit`, the exact [up, down].
 */
function growthAndShrinking(net: Network, states: ReadonlyArray<CellState>, g: Residual, inf: number, k: number, limit: number): [number, number] {
  const cell = net.cells[k] as NetCell;
  const [a, b] = upArc(cell);
  const [capUp, capDown] = capacities(cell.v, states[k] as CellState, inf);
  let up = 0;
  if (capUp !== 0) {
    g.reset(k);
    up = g.flowValue(b, a, Math.min(capUp, limit));
  }
  let down = 0;
  if (capDown !== 0 && up < limit) {
    g.reset(k);
    down = g.flowValue(a, b, Math.min(capDown, limit - up));
  }
  return [up, down];
}

/** The interval [v − down, v + up], unbounded above when `up` reached the stand-in for infinity. */
function intervalOf(v: number, up: number, down: number, inf: number): FeasibleInterval {
  const unbounded = up >= inf;
  return { lower: v - down, upper: unbounded ? null : v + up, width: unbounded ? Number.POSITIVE_INFINITY : up + down };
}

/**
 * The feasible intervals of many cells under one set of states (`states` is read once, when this is called).
 *
 * A one-way table is two nodes joined by parallel arcs, so the maximum flow from one node to the other is the
 * sum of the capacities of the arcs in that direction, capped at the limit. The sums over all cells are taken
 * once; each cell's interval then subtracts that cell's own arc, in O(1) instead of a max-flow over O(k) arcs.
 * A two-way table builds its residual graph once and runs the max-flows of {@link feasibleInterval} on it.
 */
export function intervalsOf(net: Network, states: ReadonlyArray<CellState>): (k: number) => FeasibleInterval {
  const inf = infinityFor(net);
  if (net.nodes !== 2) {
    const g = new Residual(net, states, inf);
    return (k) => intervalByFlow(net, states, g, inf, k);
  }
  const capsUp = new Float64Array(net.cells.length);
  const capsDown = new Float64Array(net.cells.length);
  const sum = [0, 0]; // sum[x]: capacity of every arc leaving node x (towards the other node)
  net.cells.forEach((cell, j) => {
    const [up, down] = capacities(cell.v, states[j] as CellState, inf);
    capsUp[j] = up;
    capsDown[j] = down;
    const x = upArc(cell)[0];
    sum[x] = (sum[x] as number) + up;
    sum[1 - x] = (sum[1 - x] as number) + down;
  });
  return (k) => {
    const cell = net.cells[k] as NetCell;
    const [a, b] = upArc(cell);
    const capUp = capsUp[k] as number;
    const capDown = capsDown[k] as number;
    // Without cell k: arcs b→a carry k's growth back round (k's own down arc is one of them), arcs a→b its shrinking.
    const up = capUp === 0 ? 0 : Math.min(capUp, (sum[b] as number) - capDown);
    const down = capDown === 0 ? 0 : Math.min(capDown, (sum[a] as number) - capUp);
    return intervalOf(cell.v, up, down, inf);
  };
}

/**
 * Whether each cell's feasible interval under one set of states is at least `level` wide: the same answer as
 * `intervalsOf(net, states)(k).width >= level`, but a two-way table's max-flows stop as soon as the flow decides
 * it (the growth found so far reaches `level`, or the growth and the shrinking together do), which is usually
 * after one or two augmenting paths where the full interval needs every path.
 */
export function reachesWidth(net: Network, states: ReadonlyArray<CellState>, level: number): (k: number) => boolean {
  if (net.nodes === 2) {
    const interval = intervalsOf(net, states);
    return (k) => interval(k).width >= level;
  }
  const inf = infinityFor(net);
  const g = new Residual(net, states, inf);
  return (k) => {
    const [up, down] = growthAndShrinking(net, states, g, inf, k, level);
    return up + down >= level;
  };
}

/**
 * Suppresses, in place of `states`, the published cells of a minimum-cost augmenting path that lets cell k
 * grow further (or shrink, if growing is impossible). Returns the cells newly suppressed (empty if none helps).
 */
function repair(net: Network, states: CellState[], k: number): number[] {
  const inf = infinityFor(net);
  const cell = net.cells[k] as NetCell;
  const [a, b] = upArc(cell);
  for (const [s, t] of [[b, a], [a, b]] as Array<[number, number]>) {
    if (s === a && cell.v === 0) continue; // a zero cannot shrink
    const g = new Residual(net, states, inf);
    g.reset(k);
    g.maxFlow(s, t, inf);
    // Upgrade arcs: suppressing a published cell adds its missing capacity, at a cost of its value.
    const extra: Array<Array<{ to: number; cell: number; cost: number }>> = Array.from({ length: net.nodes }, () => []);
    net.cells.forEach((c, j) => {
      if (j === k || states[j] === 'suppressed' || c.v === 0) return;
      const [up, down] = capacities(c.v, states[j] as CellState, inf);
      const [x, y] = upArc(c);
      const cost = c.v + 1e-9 * j; // deterministic tie-break: earlier cell first
      if (inf - up > 0) (extra[x] as Array<{ to: number; cell: number; cost: number }>).push({ to: y, cell: j, cost });
      if (c.v - down > 0) (extra[y] as Array<{ to: number; cell: number; cost: number }>).push({ to: x, cell: j, cost });
    });
    // Dijkstra (dense, the graphs are small).
    const n = net.nodes;
    const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    const via = new Int32Array(n).fill(-1); // cell to suppress on the way (-1: residual arc)
    const from = new Int32Array(n).fill(-1);
    const done = new Uint8Array(n);
    dist[s] = 0;
    for (;;) {
      let u = -1;
      for (let i = 0; i < n; i++) if (!done[i] && (dist[i] as number) < Number.POSITIVE_INFINITY && (u < 0 || (dist[i] as number) < (dist[u] as number))) u = i;
      if (u < 0 || u === t) break;
      done[u] = 1;
      for (let i = g.start[u] as number; i < (g.start[u + 1] as number); i++) {
        const e = g.arcs[i] as number;
        const v = g.to[e] as number;
        if ((g.cap[e] as number) > 0 && (dist[u] as number) < (dist[v] as number)) {
          dist[v] = dist[u] as number;
          via[v] = -1;
          from[v] = u;
        }
      }
      for (const e of extra[u] as Array<{ to: number; cell: number; cost: number }>) {
        const d = (dist[u] as number) + e.cost;
        if (d < (dist[e.to] as number)) {
          dist[e.to] = d;
          via[e.to] = e.cell;
          from[e.to] = u;
        }
      }
    }
    if (!((dist[t] as number) < Number.POSITIVE_INFINITY)) continue;
    const added: number[] = [];
    for (let v = t; v !== s; v = from[v] as number) {
      const c = via[v] as number;
      if (c >= 0 && states[c] !== 'suppressed') {
        states[c] = 'suppressed';
        added.push(c);
      }
    }
    if (added.length > 0) return added;
  }
  return [];
}

/** Outcome of {@link protect}: which cells were suppressed by the line rule and by the audit repair. */
export interface ProtectionTrace {
  readonly byLineRule: number[];
  readonly byAudit: number[];
}

/**
 * Adds secondary suppressions until every suppressed cell's feasible interval is at least `protectionLevel`
 * wide: first the line rule (a line with exactly one suppressed cell gets its smallest non-zero published cell
 * suppressed too, inner cells before totals, repeated to a fixed point), then audit-and-repair.
 * `states` is updated in place; zeros are never chosen (a published zero is known to be zero).
 * `passed` (one flag per cell, updated in place) marks cells already found protected: pass the same array to
 * successive calls on the same `states` while cells are only ever added to the suppressed ones.
 */
export function protect(net: Network, states: CellState[], protectionLevel: number, passed: Uint8Array = new Uint8Array(net.cells.length)): ProtectionTrace {
  const byLineRule: number[] = [];
  const byAudit: number[] = [];
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of net.lines) {
      let suppressedCount = 0;
      for (const k of line) if (states[k] === 'suppressed') suppressedCount++;
      if (suppressedCount !== 1) continue;
      let best = -1;
      for (const k of line) {
        if (states[k] === 'suppressed') continue;
        const c = net.cells[k] as NetCell;
        if (c.v === 0) continue;
        if (best < 0) best = k;
        else {
          const b = net.cells[best] as NetCell;
          const innerC = c.sign === 1 && !isGrand(net, k);
          const innerB = b.sign === 1 && !isGrand(net, best);
          if (innerC !== innerB ? innerC : c.v < b.v) best = k;
        }
      }
      if (best >= 0) {
        states[best] = 'suppressed';
        byLineRule.push(best);
        changed = true;
      }
    }
  }
  // Suppressing more cells only adds capacity, so an interval never narrows: a cell that passed the audit once
  // passes again after any later suppression (a repair here, or the next threshold level's primary cells), and is
  // not audited again. The first failing cell is the same as in a full scan, so are the repairs.
  for (;;) {
    const wideEnough = reachesWidth(net, states, protectionLevel);
    let failing = -1;
    for (let k = 0; k < net.cells.length && failing < 0; k++) {
      if (states[k] !== 'suppressed' || passed[k] === 1) continue;
      if (!wideEnough(k)) failing = k;
      else passed[k] = 1;
    }
    if (failing < 0) break;
    const added = repair(net, states, failing);
    if (added.length === 0) break; // nothing can widen it further (reported by the caller's audit)
    byAudit.push(...added);
  }
  return { byLineRule, byAudit };
}

/** True for the grand total of a two-way network (the last cell, sign +1, joining the total row and column). */
function isGrand(net: Network, k: number): boolean {
  return net.rowNodes > 1 && k === net.cells.length - 1;
}
