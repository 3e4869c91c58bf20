// Reads a V8 .cpuprofile (node --cpu-prof) and lists the functions with the most self time, for the benches
// that profile their child process (BENCH_PROFILE=1).
import { readFileSync } from 'node:fs';

interface Profile { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[]; timeDeltas: number[] }

/** The `k` functions with the most self time (ms) in a .cpuprofile file. */
export function topSelf(profileFile: string, k: number): Array<{ fn: string; ms: number }> {
  const p = JSON.parse(readFileSync(profileFile, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((nd) => [nd.id, nd]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const cf = byId.get(id)?.callFrame;
    const key = cf ? `${cf.functionName || '(anonymous)'} ${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}` : '?';
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, k).map(([fn, ms]) => ({ fn, ms }));
}
