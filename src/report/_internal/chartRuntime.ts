/**
 * Loads the optional peers `vega` and `vega-lite` on first use (dynamic import, so the rest of
 * report/ works without them) and turns Vega's SVG into deterministic, accessible, embeddable markup.
 *
 * @packageDocumentation
 */
import { SocialOutcomesError } from '../../errors';
import { escapeHtml } from './escape';

/** The parts of the `vega` module used here. */
export interface VegaModule {
  /** `vega.parse(spec)` → runtime dataflow spec. */
  readonly parse: (spec: unknown, config?: unknown) => unknown;
  /** `new vega.View(runtime, options)`. */
  readonly View: new (runtime: unknown, options?: Record<string, unknown>) => {
    toSVG(scaleFactor?: number): Promise<string>;
    finalize(): unknown;
  };
}

/** The parts of the `vega-lite` module used here. */
export interface VegaLiteModule {
  /** `vegaLite.compile(spec)` → `{ spec }` (a Vega spec). */
  readonly compile: (spec: unknown, options?: unknown) => { spec: unknown };
}

/** Both peers, loaded. */
export interface ChartRuntime {
  /** The `vega` module. */
  readonly vega: VegaModule;
  /** The `vega-lite` module. */
  readonly vegaLite: VegaLiteModule;
}

let cached: Promise<ChartRuntime> | undefined;

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(String((error as Error | null)?.message ?? ''));
}

async function importPeer(name: 'vega' | 'vega-lite', fn: string): Promise<unknown> {
  try {
    // A variable specifier keeps bundlers from inlining the optional peer.
    const specifier: string = name;
    return await import(/* @vite-ignore */ specifier);
  } catch (error) {
    if (isModuleNotFound(error)) {
      throw new SocialOutcomesError({
        code: 'missing-peer',
        message: `${fn} requires the optional peer dependency '${name}' to draw charts (npm install vega vega-lite), or render without charts ({ charts: false })`,
        cause: error,
      });
    }
    throw error;
  }
}

/** Loads `vega` and `vega-lite` once; throws `missing-peer` naming the missing package. */
export function loadChartRuntime(fn: string): Promise<ChartRuntime> {
  if (cached === undefined) {
    cached = (async () => {
      const vega = (await importPeer('vega', fn)) as VegaModule & { default?: VegaModule };
      const vegaLite = (await importPeer('vega-lite', fn)) as VegaLiteModule & { default?: VegaLiteModule };
      return {
        vega: typeof vega.View === 'function' ? vega : (vega.default as VegaModule),
        vegaLite: typeof vegaLite.compile === 'function' ? vegaLite : (vegaLite.default as VegaLiteModule),
      };
    })();
    cached.catch(() => {
      cached = undefined;
    });
  }
  return cached;
}

/** A Vega loader that refuses every request: report charts carry their data inline and never touch the network or disk. */
export const offlineLoader = {
  load: (uri: string): Promise<never> => Promise.reject(new Error(`report charts load nothing (refused ${uri})`)),
  sanitize: (uri: string): Promise<never> => Promise.reject(new Error(`report charts load nothing (refused ${uri})`)),
  http: (uri: string): Promise<never> => Promise.reject(new Error(`report charts load nothing (refused ${uri})`)),
  file: (uri: string): Promise<never> => Promise.reject(new Error(`report charts load nothing (refused ${uri})`)),
};

/**
 * Makes Vega's SVG embeddable and deterministic: ids Vega numbers from a global counter (clip paths,
 * gradients, patterns) are renumbered per chart and prefixed with the chart id, so two charts in one
 * page never collide and the same chart gives the same bytes whatever was drawn before; the root
 * gets `role="img"`, `aria-labelledby`, a `<title>` and a `<desc>`.
 */
export function finishSvg(svg: string, id: string, title: string, description: string): string {
  const renumber = new Map<string, string>();
  const idRef = /\bid="([^"]+)"/g;
  for (const m of svg.matchAll(idRef)) {
    const old = m[1] as string;
    if (!renumber.has(old)) renumber.set(old, `${id}-${renumber.size + 1}`);
  }
  let out = svg;
  if (renumber.size > 0) {
    out = out
      .replace(/\bid="([^"]+)"/g, (_m, old: string) => `id="${renumber.get(old) ?? old}"`)
      .replace(/url\(#([^)]+)\)/g, (_m, old: string) => `url(#${renumber.get(old) ?? old})`)
      .replace(/\b(xlink:)?href="#([^"]+)"/g, (_m, x: string | undefined, old: string) => `${x ?? ''}href="#${renumber.get(old) ?? old}"`);
  }
  const open = /^<svg\b([^>]*)>/.exec(out);
  if (open === null) throw new SocialOutcomesError({ code: 'invalid-format', message: `renderChartSvg got output from vega that is not an SVG document (starts ${JSON.stringify(out.slice(0, 20))})` });
  const attrs = (open[1] as string).replace(/\s(role|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g, '');
  const head = `<svg${attrs} role="img" aria-labelledby="${id}-title ${id}-desc" id="${id}"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`;
  return head + out.slice(open[0].length);
}
