/**
 * The merge of many change states in balanced rounds: each round merges neighbours pairwise and halves the list, so
 * P states holding N distinct pairs in all cost O(N log P), not O(N·P) as when each is merged into a running total
 * (thousands of one-client providers in a report; a council merging its providers' states).
 *
 * @internal
 */
import type { ChangeAggregate, ChangeState } from '../changeAggregate';

/**
 * The states merged into one. Every merge puts the earlier states on the left, so an equal pair keeps the values of
 * its first state (a −0 stays −0) and counts of equal pairs add: the same state as merging left to right while the
 * total count stays below 2^53. Beyond it sums round, and their order shows, so the states are merged left to right.
 * No states give the empty state; one state is returned as it is.
 */
export function mergeBalanced(agg: ChangeAggregate, states: ReadonlyArray<ChangeState>): ChangeState {
  if (states.length <= 1) return states[0] ?? agg.init();
  let total = 0;
  for (const s of states) total += s.n;
  if (!(total <= Number.MAX_SAFE_INTEGER)) return states.reduce((a, b) => agg.merge(a, b));
  let level = states;
  while (level.length > 1) {
    const next: ChangeState[] = [];
    for (let i = 0; i < level.length; i += 2) next.push(i + 1 < level.length ? agg.merge(level[i] as ChangeState, level[i + 1] as ChangeState) : (level[i] as ChangeState));
    level = next;
  }
  return level[0] as ChangeState;
}
