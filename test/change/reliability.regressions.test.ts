// Regression tests for the change bugs found by the fuzz suite (test/fuzz, issue 10).
import { describe, expect, it } from 'vitest';
import { changeStatesBy, InvalidInputError, mergeChangeStatesBy, pairedTTest, reliableChange, summarizeChange, summarizeChangeStatesBy } from 'social-outcomes/change';

describe('change regressions (fuzz)', () => {
  it('a symbol or bigint as the first score is a typed error, not a TypeError', () => {
    expect(() => pairedTTest([Symbol('x'), 2, 3] as never, [1, 2, 4])).toThrow(InvalidInputError);
    expect(() => summarizeChange([1, 2, 3], [3n, 2, 4] as never)).toThrow(InvalidInputError);
  });
  it('grouped states with a malformed group or key are refused with a typed error', () => {
    const good = changeStatesBy([{ p: 'A', pre: 1, post: 2 }, { p: 'A', pre: 2, post: 4 }], { by: ['p'] });
    expect(() => mergeChangeStatesBy([good, { by: ['p'], groups: ['abc'] } as never])).toThrow(InvalidInputError);
    expect(() => summarizeChangeStatesBy({ by: ['p'], groups: [-0] } as never, { by: ['p'] })).toThrow(InvalidInputError);
    expect(() => summarizeChangeStatesBy({ by: ['p'], groups: [{ key: { p: () => 1 }, state: good.groups[0]?.state }] } as never, { by: ['p'] })).toThrow(InvalidInputError);
    expect(() => summarizeChangeStatesBy({ by: [3n], groups: [] } as never, { by: ['p'] })).toThrow(InvalidInputError);
  });
  it('a grouping field named "__proto__" stays an own key of the group key', () => {
    const s = changeStatesBy([JSON.parse('{"__proto__": "A", "pre": 1, "post": 2}') as { pre: number; post: number }], { by: ['__proto__'] });
    expect(Object.prototype.hasOwnProperty.call(s.groups[0]?.key, '__proto__')).toBe(true);
    expect(JSON.stringify(s.groups[0]?.key)).toBe('{"__proto__":"A"}');
  });
  it('reliableChange refuses scores or an sd that overflow, instead of returning ±Infinity', () => {
    expect(() => reliableChange([-1e308, 42, 38, 45], [52, 41, 37, 60], { reliability: 0.91, sd: 8.96 })).toThrow(InvalidInputError);
    expect(() => reliableChange([40, 42, 38, 45], [52, 41, 37, 60], { reliability: 0.91, sd: 5e-324 })).toThrow(InvalidInputError);
  });
});
