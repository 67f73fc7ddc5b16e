import type { Observation } from '../../../data/types.js';

/** Conflicts in both directions: user data may list a conflict on one side only. */
export function conflictMap(observations: readonly Observation[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const o of observations) {
    for (const other of o.conflictsWith ?? []) {
      link(o.id, other);
      link(other, o.id);
    }
  }
  return map;
}
