import { expect } from 'vitest';

/** The error that `f` throws, checked to be an instance of `type`; fails the test when `f` throws nothing. */
export function thrown<E extends Error>(f: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as E;
  }
  return expect.fail(`expected a ${type.name}, but nothing was thrown`);
}
