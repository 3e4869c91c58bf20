// Mutation fuzzer for the public API (issue 10). Each public function has a spec (see specs/*.ts)
// holding one or more VALID argument tuples ("seeds"). The fuzzer replaces one leaf or one container
// of a seed with a hostile value (NaN, ±Infinity, -0, 1e308, 5e-324, numeric strings, null, undefined,
// sparse arrays, dropped elements, `__proto__` keys, unknown ids, …), deep-freezes the arguments and
// calls the function. Allowed outcomes: a thrown SocialOutcomesError subclass, or a result that is
// plain JSON data with no NaN, no undefined, no ±Infinity (unless the spec documents where it may
// appear), is byte-identical on a second call, leaves the inputs untouched and does not pollute
// Object.prototype. Benign mutations (-0 for 0, "3" for 3) must give the seed's own result or throw.
import { appendFileSync, writeSync } from 'node:fs';
import { SocialOutcomesError } from 'social-outcomes/stats';
import { mulberry32 } from '../_helpers/mulberry32';

const TRACE = process.env['FUZZ_TRACE'] === '1';

/** One public function under fuzz. */
export interface FuzzSpec {
  /** Valid argument tuples; the function must succeed on each. */
  readonly seeds: () => ReadonlyArray<ReadonlyArray<unknown>>;
  /** Calls the export; defaults to calling it with the arguments. Use it to drive factories, generators, accumulators. */
  readonly call?: (fn: (...a: unknown[]) => unknown, args: unknown[]) => unknown;
  /** Argument positions never mutated (large reference tables, file paths). */
  readonly pinned?: ReadonlyArray<number>;
  /** Result paths (regular expressions over 'a.b.0.c') where ±Infinity is a documented value. */
  readonly infinite?: ReadonlyArray<RegExp>;
  /** The function returns a fresh side effect each call (files): skip the repeat-call check. */
  readonly nondeterministic?: boolean;
  /** Why a benign mutation may legitimately change the answer (for instance, a value that is a label). */
  readonly labels?: boolean;
  /** Cap on mutations per seed for slow functions (an evenly spaced subset of the plan is run). */
  readonly maxCases?: number;
  /** Holes and undefined elements are documented as missing values (counted), so a sparse array may succeed. */
  readonly holesAreMissing?: boolean;
  /** Functions are allowed in the result (factories such as seededRandom). */
  readonly functionsAllowed?: boolean;
}

export interface Failure {
  readonly fn: string;
  readonly mutation: string;
  readonly problem: string;
}

export interface FuzzStats {
  cases: number;
  threwTyped: number;
  returned: number;
  failures: Failure[];
}

// ---------------------------------------------------------------------------------------------
// deterministic random numbers (independent of the library under test)

export { mulberry32 };

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// cloning, freezing and canonical snapshots that see NaN, -0, undefined, holes and own __proto__ keys

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

export function clone<T>(v: T): T {
  if (Array.isArray(v)) {
    const out: unknown[] = new Array(v.length);
    for (const k of Object.keys(v)) out[Number(k)] = clone((v as unknown[])[Number(k)]);
    return out as T;
  }
  if (ArrayBuffer.isView(v)) return (v as unknown as Float64Array).slice() as T;
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = Object.create(Object.getPrototypeOf(v) as object | null) as Record<string, unknown>;
    for (const k of Object.keys(v)) Object.defineProperty(out, k, { value: clone(v[k]), enumerable: true, writable: true, configurable: true });
    return out as T;
  }
  return v;
}

export function freeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v) && !ArrayBuffer.isView(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) freeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

/** A canonical text of a value: distinguishes NaN, ±0, ±Infinity, undefined, holes; stable key order. */
export function canon(v: unknown, depth = 0): string {
  if (depth > 40) return '…';
  if (v === undefined) return 'undefined';
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v);
  if (typeof v === 'bigint') return `${v}n`;
  if (typeof v === 'function') return `[function ${v.name}]`;
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  if (ArrayBuffer.isView(v)) return `${v.constructor.name}[${canon(Array.from(v as unknown as ArrayLike<number>), depth + 1)}]`;
  if (Array.isArray(v)) {
    const parts: string[] = [];
    for (let i = 0; i < v.length; i++) parts.push(i in v ? canon(v[i], depth + 1) : '<hole>');
    return `[${parts.join(',')}]`;
  }
  const keys = Object.keys(v).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canon((v as Record<string, unknown>)[k], depth + 1)}`).join(',')}}`;
}

// ---------------------------------------------------------------------------------------------
// mutations

type Path = ReadonlyArray<string | number>;

interface Site {
  readonly path: Path;
  readonly value: unknown;
}

/** Every position (leaf or container) of the argument tuple, capped. */
function sites(args: ReadonlyArray<unknown>, pinned: ReadonlySet<number>, cap = 400): Site[] {
  const out: Site[] = [];
  const walk = (v: unknown, path: Path, depth: number): void => {
    if (out.length >= cap || depth > 8) return;
    out.push({ path, value: v });
    if (Array.isArray(v)) {
      // a few elements of long arrays: first, second, last
      const idx = v.length <= 6 ? v.map((_, i) => i) : [0, 1, v.length - 1];
      for (const i of idx) walk(v[i], [...path, i], depth + 1);
    } else if (isPlainObject(v)) {
      for (const k of Object.keys(v)) walk(v[k], [...path, k], depth + 1);
    }
  };
  args.forEach((a, i) => {
    if (!pinned.has(i)) walk(a, [i], 0);
  });
  // the absent trailing slot (usually `options`): hostile values there must be refused too
  out.push({ path: [args.length], value: undefined });
  return out;
}

const PROTO_OBJECT = (): unknown => JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}}');

/** A replacement for a leaf or container; `benign` marks values that must not change the answer. */
interface Replacement {
  readonly name: string;
  readonly make: (old: unknown) => unknown | typeof SKIP;
  readonly benign?: (old: unknown) => boolean;
}
const SKIP = Symbol('skip');

const NUMBERS: ReadonlyArray<[string, number]> = [
  ['NaN', Number.NaN], ['+Infinity', Infinity], ['-Infinity', -Infinity], ['1e308', 1e308], ['-1e308', -1e308],
  ['5e-324', 5e-324], ['-1', -1], ['0', 0], ['1.5', 1.5], ['2^53', 2 ** 53], ['-2^31', -(2 ** 31)],
];

export const REPLACEMENTS: ReadonlyArray<Replacement> = [
  ...NUMBERS.map(([name, x]): Replacement => ({ name, make: () => x })),
  { name: '-0', make: (old) => (old === 0 ? -0 : -0), benign: (old) => old === 0 },
  { name: 'numeric string', make: (old) => (typeof old === 'number' && Number.isFinite(old) ? String(old) : SKIP), benign: () => true },
  { name: '"abc"', make: () => 'abc' },
  { name: '""', make: () => '' },
  { name: '"zz-unknown-id"', make: () => 'zz-unknown-id' },
  { name: '"__proto__"', make: () => '__proto__' },
  { name: '"constructor"', make: () => 'constructor' },
  { name: '"toString"', make: () => 'toString' },
  { name: 'null', make: () => null },
  { name: 'undefined', make: () => undefined },
  { name: 'true', make: () => true },
  { name: '{}', make: () => ({}) },
  { name: '[]', make: () => [] },
  { name: '__proto__ object', make: PROTO_OBJECT },
  { name: 'bigint', make: () => 3n },
  { name: 'symbol', make: () => Symbol('x') },
  { name: 'function', make: () => () => 1 },
  { name: 'Date', make: () => new Date(Number.NaN) },
  // container mutations
  { name: 'sparse copy', make: (old) => (Array.isArray(old) && old.length > 0 ? sparse(old) : SKIP) },
  { name: 'drop last', make: (old) => (Array.isArray(old) && old.length > 0 ? old.slice(0, -1) : SKIP) },
  { name: 'duplicate first', make: (old) => (Array.isArray(old) && old.length > 0 ? [old[0], ...old] : SKIP) },
  { name: 'append NaN', make: (old) => (Array.isArray(old) ? [...old, Number.NaN] : SKIP) },
  { name: 'append null', make: (old) => (Array.isArray(old) ? [...old, null] : SKIP) },
  { name: 'wrap in array', make: (old) => [old] },
  { name: 'Float64Array', make: (old) => (Array.isArray(old) && old.every((x) => typeof x === 'number') ? Float64Array.from(old as number[]) : SKIP), benign: () => true },
  { name: 'add __proto__ key', make: (old) => (isPlainObject(old) ? withOwn(old, '__proto__', { polluted: 'yes' }) : SKIP) },
  { name: 'add unknown key', make: (old) => (isPlainObject(old) ? withOwn(old, 'zzUnknownKey', 1) : SKIP) },
  { name: 'delete a key', make: (old) => (isPlainObject(old) && Object.keys(old).length > 0 ? withoutFirst(old) : SKIP) },
];

function sparse(a: ReadonlyArray<unknown>): unknown[] {
  const out: unknown[] = new Array(a.length + 1);
  for (let i = 0; i < a.length; i++) if (i !== Math.floor(a.length / 2)) out[i < Math.floor(a.length / 2) ? i : i + 1] = a[i];
  return out;
}
function withOwn(o: Record<string, unknown>, k: string, v: unknown): Record<string, unknown> {
  const c = clone(o);
  Object.defineProperty(c, k, { value: v, enumerable: true, writable: true, configurable: true });
  return c;
}
function withoutFirst(o: Record<string, unknown>): Record<string, unknown> {
  const c = clone(o);
  delete c[Object.keys(c)[0] as string];
  return c;
}

function setAt(args: unknown[], path: Path, value: unknown): unknown[] {
  const root = clone(args);
  if (path.length === 1) {
    root[path[0] as number] = value;
    return root;
  }
  let cur: unknown = root;
  for (let i = 0; i < path.length - 1; i++) cur = (cur as Record<string | number, unknown>)[path[i] as string];
  const last = path[path.length - 1] as string;
  Object.defineProperty(cur as object, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

// ---------------------------------------------------------------------------------------------
// checking one call

/** Problems with a returned value: NaN, undefined, stray ±Infinity, functions, non-plain objects. */
export function resultProblems(v: unknown, spec: Pick<FuzzSpec, 'infinite' | 'functionsAllowed'>, path = '', out: string[] = [], seen = new Set<unknown>()): string[] {
  if (out.length > 3) return out;
  if (typeof v === 'number') {
    if (Number.isNaN(v)) out.push(`NaN at ${path || '(root)'}`);
    else if (!Number.isFinite(v) && !(spec.infinite ?? []).some((r) => r.test(path))) out.push(`${v} at ${path || '(root)'}`);
    return out;
  }
  if (v === undefined) {
    out.push(`undefined at ${path || '(root)'}`);
    return out;
  }
  if (typeof v === 'function') {
    if (!spec.functionsAllowed) out.push(`function at ${path || '(root)'}`);
    return out;
  }
  if (typeof v === 'bigint' || typeof v === 'symbol') {
    out.push(`${typeof v} at ${path}`);
    return out;
  }
  if (v === null || typeof v !== 'object') return out;
  if (seen.has(v)) return out;
  seen.add(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) out.push(`hole at ${path}.${i}`);
      else resultProblems(v[i], spec, path ? `${path}.${i}` : String(i), out, seen);
      if (i > 2000) break;
    }
    return out;
  }
  if (v instanceof SocialOutcomesError) return out; // safeParse-style results carry the typed error
  if (!isPlainObject(v) && !spec.functionsAllowed) {
    out.push(`non-plain object (${Object.prototype.toString.call(v)}) at ${path || '(root)'}`);
    return out;
  }
  for (const k of Object.keys(v)) resultProblems((v as Record<string, unknown>)[k], spec, path ? `${path}.${k}` : k, out, seen);
  return out;
}

type Outcome = { kind: 'threw'; error: unknown } | { kind: 'returned'; value: unknown };

async function invoke(fn: (...a: unknown[]) => unknown, spec: FuzzSpec, args: unknown[]): Promise<Outcome> {
  try {
    const r = spec.call ? spec.call(fn, args) : fn(...args);
    const value = r instanceof Promise ? await r : r;
    return { kind: 'returned', value };
  } catch (error) {
    return { kind: 'threw', error };
  }
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.constructor.name}: ${e.message.slice(0, 200)}`;
  return `non-error thrown: ${String(e)}`;
}

/** Runs one call and returns the problems (empty when the outcome is allowed). */
export async function checkCall(fn: (...a: unknown[]) => unknown, spec: FuzzSpec, rawArgs: unknown[], expected?: string, mustThrow?: string): Promise<{ problems: string[]; threw: boolean; error?: string }> {
  // pinned arguments (large reference tables) are passed as they are, frozen once, and not snapshotted
  const pinned = new Set(spec.pinned ?? []);
  const args = rawArgs.map((a, i) => (pinned.has(i) ? freeze(a) : freeze(clone(a))));
  const unpinned = (xs: unknown[]): unknown[] => xs.map((a, i) => (pinned.has(i) ? '<pinned>' : a));
  const before = canon(unpinned(args));
  if (TRACE) writeSync(2, `fuzz ${before.slice(0, 300)}\n`);
  const out = await invoke(fn, spec, args);
  const problems: string[] = [];
  if (canon(unpinned(args)) !== before) problems.push('mutated its input');
  if (Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted') || ({} as Record<string, unknown>)['polluted'] !== undefined) {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
    problems.push('polluted Object.prototype');
  }
  if (out.kind === 'threw') {
    if (!(out.error instanceof SocialOutcomesError)) problems.push(`threw ${describeError(out.error)}`);
    return { problems, threw: true, error: describeError(out.error) };
  }
  problems.push(...resultProblems(out.value, spec));
  if (mustThrow !== undefined) problems.push(mustThrow);
  if (problems.length === 0 && !spec.nondeterministic) {
    const again = await invoke(fn, spec, rawArgs.map((a, i) => (pinned.has(i) ? a : freeze(clone(a)))));
    // canon sees NaN, -0 and holes; JSON.stringify is what callers persist: both must repeat byte for byte
    if (again.kind !== 'returned' || canon(again.value) !== canon(out.value)) problems.push('second call gave a different answer');
    else if (JSON.stringify(again.value) !== JSON.stringify(out.value)) problems.push('second call gave different JSON');
  }
  if (problems.length === 0 && expected !== undefined && !spec.labels && JSON.stringify(out.value) !== expected) {
    problems.push('benign mutation changed the answer');
  }
  return { problems, threw: false };
}

/** Fuzzes one function: seeds must succeed; then `runs` random mutations plus every top-level replacement. */
export async function fuzzFunction(name: string, fn: (...a: unknown[]) => unknown, spec: FuzzSpec, runs: number, stats: FuzzStats): Promise<void> {
  const seeds = spec.seeds();
  const pinned = new Set(spec.pinned ?? []);
  const rnd = mulberry32(hashString(name) ^ runs);
  const record = (mutation: string, problem: string): void => {
    stats.failures.push({ fn: name, mutation, problem });
    const log = process.env['FUZZ_LOG'];
    if (log) appendFileSync(log, `FAILURE ${name} | ${mutation} | ${problem}\n`);
  };
  if (TRACE) writeSync(2, `fuzz function ${name}\n`);
  for (const [si, seed] of seeds.entries()) {
    const base = await checkCall(fn, spec, [...seed]);
    stats.cases++;
    if (base.threw || base.problems.length > 0) {
      record(`seed ${si}`, base.threw ? `a valid seed threw: ${base.error ?? ''}` : base.problems.join('; '));
      continue;
    }
    const baseOut = await invoke(fn, spec, seed.map((a, i) => (pinned.has(i) ? freeze(a) : freeze(clone(a)))));
    const baseJson = baseOut.kind === 'returned' ? JSON.stringify(baseOut.value) : undefined;
    const all = sites(seed, pinned);
    const plan: Array<[Site, Replacement]> = [];
    // every replacement at every top-level argument (and at undefined trailing option slots)
    for (const site of all.filter((s) => s.path.length === 1)) for (const r of REPLACEMENTS) plan.push([site, r]);
    for (let i = 0; i < runs; i++) {
      const site = all[Math.floor(rnd() * all.length)] as Site;
      const r = REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)] as Replacement;
      plan.push([site, r]);
    }
    const cap = spec.maxCases ?? Number.POSITIVE_INFINITY;
    const step = plan.length > cap ? plan.length / cap : 1;
    const chosen = step === 1 ? plan : Array.from({ length: cap }, (_, i) => plan[Math.floor(i * step)] as [Site, Replacement]);
    for (const [site, r] of chosen) {
      const value = r.make(site.value);
      if (value === SKIP) continue;
      const args = setAt([...seed], site.path, value);
      const benign = r.benign?.(site.value) ?? false;
      const mustThrow = r.name === 'sparse copy' && !spec.holesAreMissing ? 'returned a result for a sparse array (a hole was skipped silently)' : undefined;
      const t0 = performance.now();
      const res = await checkCall(fn, spec, args, benign ? baseJson : undefined, mustThrow);
      const dt = performance.now() - t0;
      if (dt > 50 && process.env['FUZZ_LOG']) appendFileSync(process.env['FUZZ_LOG'], `SLOW ${name} ${dt.toFixed(0)}ms ${r.name} at ${site.path.join('.')}\n`);
      stats.cases++;
      if (res.threw && res.problems.length === 0) stats.threwTyped++;
      else if (!res.threw && res.problems.length === 0) stats.returned++;
      if (res.problems.length > 0) record(`seed ${si}: ${r.name} at args${site.path.map((p) => `[${JSON.stringify(p)}]`).join('')}`, res.problems.join('; '));
    }
  }
}

/** How many random mutations per seed on top of the systematic plan: 20 in `npm test`, more with FUZZ_RUNS=n. */
export function fuzzRuns(): number {
  const env = process.env['FUZZ_RUNS'];
  const n = env === undefined ? 20 : Number(env);
  return Number.isInteger(n) && n > 0 ? n : 20;
}

/** Names of the callable exports of a module namespace (error classes excluded), plus aggregate objects. */
export function publicFunctions(ns: Record<string, unknown>): string[] {
  return Object.keys(ns).filter((k) => {
    const v = ns[k];
    if (typeof v === 'function') return !(v.prototype instanceof Error) && v !== Error;
    return isPlainObject(v) && typeof (v as Record<string, unknown>)['init'] === 'function' && typeof (v as Record<string, unknown>)['finalize'] === 'function';
  });
}

// ---------------------------------------------------------------------------------------------
// the bad-input matrix of docs/reliability.md (FUZZ_MATRIX=file appends one JSON line per function)

/** The kinds of bad input the matrix reports, each applied to the first suitable place in the first argument. */
const MATRIX_KINDS: ReadonlyArray<{ kind: string; want: 'number' | 'array' | 'string'; make: (old: unknown) => unknown }> = [
  { kind: 'empty', want: 'array', make: () => [] },
  { kind: 'NaN', want: 'number', make: () => Number.NaN },
  { kind: '+Infinity', want: 'number', make: () => Infinity },
  { kind: '-Infinity', want: 'number', make: () => -Infinity },
  { kind: '-0', want: 'number', make: () => -0 },
  { kind: 'numeric string', want: 'number', make: (old) => String(old) },
  { kind: 'sparse array', want: 'array', make: (old) => sparse(old as unknown[]) },
  { kind: 'mismatched length', want: 'array', make: (old) => (old as unknown[]).slice(0, -1) },
  { kind: 'unknown category', want: 'string', make: () => 'zz-unknown-id' },
];

function firstPath(v: unknown, want: 'number' | 'array' | 'string', path: Path, depth = 0): Path | undefined {
  if (depth > 6) return undefined;
  if (want === 'array' && Array.isArray(v) && v.length > 0) return path;
  if (want === 'number' && typeof v === 'number') return path;
  if (want === 'string' && typeof v === 'string') return path;
  if (Array.isArray(v)) {
    for (let i = 0; i < Math.min(v.length, 3); i++) { const p = firstPath(v[i], want, [...path, i], depth + 1); if (p) return p; }
  } else if (isPlainObject(v)) {
    for (const k of Object.keys(v)) { const p = firstPath(v[k], want, [...path, k], depth + 1); if (p) return p; }
  }
  return undefined;
}

/** For each kind: 'n/a', 'same result', 'other result' (counted/flagged), 'error <Class> <code>', or 'FAIL …'. */
export async function badInputMatrix(fn: (...a: unknown[]) => unknown, spec: FuzzSpec): Promise<Record<string, string>> {
  const seed = [...(spec.seeds()[0] ?? [])];
  const pinned = new Set(spec.pinned ?? []);
  const base = await invoke(fn, spec, seed.map((a, i) => (pinned.has(i) ? freeze(a) : freeze(clone(a)))));
  const baseJson = base.kind === 'returned' ? JSON.stringify(base.value) : '';
  const out: Record<string, string> = {};
  for (const k of MATRIX_KINDS) {
    let path: Path | undefined;
    for (let i = 0; i < seed.length && path === undefined; i++) if (!pinned.has(i)) path = firstPath(seed[i], k.want, [i]);
    if (path === undefined) { out[k.kind] = 'n/a'; continue; }
    let old: unknown = seed;
    for (const p of path) old = (old as Record<string | number, unknown>)[p as string];
    const res = await checkCall(fn, spec, setAt([...seed], path, k.make(old)), undefined, k.kind === 'sparse array' && !spec.holesAreMissing ? 'returned a result for a sparse array' : undefined);
    if (res.problems.length > 0) { out[k.kind] = `FAIL ${res.problems.join('; ')}`; continue; }
    if (res.threw) {
      const e = (await invoke(fn, spec, setAt([...seed], path, k.make(old)))) as { kind: 'threw'; error: SocialOutcomesError };
      out[k.kind] = `${e.error.constructor.name} (${e.error.code})`;
      continue;
    }
    const again = await invoke(fn, spec, setAt([...seed], path, k.make(old)));
    out[k.kind] = again.kind === 'returned' && JSON.stringify(again.value) === baseJson ? 'same result' : 'result';
  }
  return out;
}
