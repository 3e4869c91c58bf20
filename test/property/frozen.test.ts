// No global mutable state (issue 10): every exported object or array of the domain and stats barrels
// (reference tables, lists of codes, the moments aggregate) is deeply frozen, so one caller cannot change
// what another caller's functions return.
import { describe, expect, it } from 'vitest';
import * as stats from 'social-outcomes/stats';
import * as change from 'social-outcomes/change';
import * as outcomes from 'social-outcomes/outcomes';
import * as equity from 'social-outcomes/equity';
import * as socialvalue from 'social-outcomes/socialvalue';

function notFrozen(v: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (v === null || typeof v !== 'object' || seen.has(v)) return [];
  seen.add(v);
  if (!Object.isFrozen(v)) return [path];
  return Object.entries(v as object).flatMap(([k, x]) => notFrozen(x, `${path}.${k}`, seen));
}

describe('exported values are deeply frozen', () => {
  for (const [name, ns] of Object.entries({ stats, change, outcomes, equity, socialvalue })) {
    it(name, () => {
      const values = Object.entries(ns).filter(([, v]) => v !== null && typeof v === 'object');
      expect(values.flatMap(([k, v]) => notFrozen(v, `${name}.${k}`))).toEqual([]);
    });
  }
});
