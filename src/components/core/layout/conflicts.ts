import type { Observation } from '../../../data/types.js';
import { isErratum } from './figures.js';
import { asOfPrecision, PRECISION_RANK } from './periods.js';

/** The ids of figures that a later figure in `observations` updates (`supersedes`). */
export function supersededIds(observations: readonly Observation[]): Set<string> {
  const ids = new Set<string>();
  for (const o of observations) for (const id of o.supersedes ?? []) ids.add(id);
  return ids;
}

/**
 * Conflicts in both directions: user data may list a conflict on one side only. A figure that a
 * later one updates (`supersedes`) is an earlier word of the same source, not a second source:
 * it has no conflict, whoever names it.
 */
export function conflictMap(observations: readonly Observation[]): Map<string, Set<string>> {
  const superseded = supersededIds(observations);
  const map = new Map<string, Set<string>>();
  const link = (a: string, b: string) => map.set(a, (map.get(a) ?? new Set()).add(b));
  for (const o of observations) {
    if (superseded.has(o.id)) continue;
    for (const other of o.conflictsWith ?? []) {
      if (superseded.has(other)) continue;
      link(o.id, other);
      link(other, o.id);
    }
  }
  return map;
}

/** Whether a figure names a conflict, or is named by one, in a {@link conflictMap}. */
export function hasConflict(o: Observation, conflicts: Map<string, Set<string>>): boolean {
  return (conflicts.get(o.id)?.size ?? 0) > 0;
}

/**
 * Of figures in conflict, the ones drawn as *the* figure; the others stay reachable as markers.
 * The one with the more precise date (`precisionOf`) wins, then the first in the data — never
 * an average. Only `eligible` figures compete; a likely misprint and a figure whose update is in
 * the data do not.
 */
export function preferredFigures(
  observations: readonly Observation[],
  eligible: (o: Observation) => boolean = () => true,
  precisionOf: (o: Observation) => keyof typeof PRECISION_RANK = asOfPrecision,
): Set<Observation> {
  const conflicts = conflictMap(observations);
  const superseded = supersededIds(observations);
  const candidates: Observation[] = [];
  for (const o of observations) if (eligible(o) && !isErratum(o) && !superseded.has(o.id)) candidates.push(o);
  // Each candidate's rank is read once, not in every comparison of the sort.
  const ranked = candidates.map((o, index) => ({ o, index, rank: PRECISION_RANK[precisionOf(o)] }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const chosen = new Set<Observation>();
  const chosenIds = new Set<string>();
  for (const { o } of ranked) {
    const rivals = conflicts.get(o.id);
    if (rivals && [...rivals].some((id) => chosenIds.has(id))) continue;
    chosen.add(o);
    chosenIds.add(o.id);
  }
  return chosen;
}

/** A period's figures sorted into the slots of its bar (a series, a cause), and the rest. */
export interface Slots {
  /** The drawn figure of each slot. */
  chosen: Map<string, Observation>;
  /** The others, drawn as hollow markers. */
  others: Observation[];
}

/** Fills each slot with the first `preferred` figure for it (see {@link preferredFigures}); every other figure is in `others`. */
export function fillSlots(figures: readonly Observation[], preferred: ReadonlySet<Observation>, slotOf: (o: Observation) => string): Slots {
  const slots: Slots = { chosen: new Map(), others: [] };
  for (const o of figures) {
    const slot = slotOf(o);
    if (preferred.has(o) && !slots.chosen.has(slot)) slots.chosen.set(slot, o);
    else slots.others.push(o);
  }
  return slots;
}
