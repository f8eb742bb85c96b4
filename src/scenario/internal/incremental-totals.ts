// The totals of an incremental answer: the base's totals, plus the change of the offers
// the answer's facts decided (computed from the base's per-actor counts, as sensitivity
// computes a fact's effect), type by type. Figures are summed in another order than a
// cold evaluation sums them: the same for whole numbers (every count, and quantities
// below 2^53), perhaps not to the last bit for fractions.
import type { QuantityTotal, ScenarioTotal, TotalChange } from "../types.js";
import { isReported, type IncrementalBase } from "./incremental.js";
import { T } from "./program.js";
import { totalsChange } from "./totals.js";

/** The totals with the base's facts set as its layers set them. @internal */
export function layeredTotals(base: IncrementalBase): readonly ScenarioTotal[] {
  const { trail, graph } = base;
  const n = graph.val.length;
  const activated: number[] = [];
  const deactivated: number[] = [];
  for (const entry of trail) {
    if (entry >= n || !isReported(base, entry)) continue;
    (graph.val[entry] === T ? activated : deactivated).push(entry);
  }
  if (activated.length === 0 && deactivated.length === 0) return base.totalsList;
  activated.sort((a, b) => a - b);
  deactivated.sort((a, b) => a - b);
  const changes = new Map(totalsChange(base.selection, base.totals, activated, deactivated).map((change) => [change.type, change]));
  return base.totalsList.map((total) => {
    const change = changes.get(total.type);
    return change === undefined ? total : added(total, change);
  });
}

function added(total: ScenarioTotal, change: TotalChange): ScenarioTotal {
  const { active, undetermined } = total;
  return {
    type: total.type,
    active: {
      actors: active.actors + change.active.actors,
      commitments: active.commitments + change.active.commitments,
      unquantified: active.unquantified + change.active.unquantified,
      quantities: addedQuantities(active.quantities, change.active.quantities),
    },
    undetermined: {
      actors: undetermined.actors + change.undetermined.actors,
      commitments: undetermined.commitments + change.undetermined.commitments,
    },
  };
}

/** Two lists of quantities summed unit by unit, in the order totals list them (by unit key). */
function addedQuantities(base: readonly QuantityTotal[], change: readonly QuantityTotal[]): readonly QuantityTotal[] {
  if (change.length === 0) return base;
  const byKey = new Map<string, QuantityTotal>();
  for (const quantity of base) byKey.set(unitKey(quantity), quantity);
  for (const quantity of change) {
    const key = unitKey(quantity);
    const before = byKey.get(key);
    byKey.set(
      key,
      before === undefined
        ? quantity
        : { ...before, low: before.low + quantity.low, high: before.high + quantity.high, openEnded: before.openEnded + quantity.openEnded },
    );
  }
  return [...byKey.keys()].sort().map((key) => byKey.get(key)!);
}

function unitKey(quantity: QuantityTotal): string {
  return quantity.unit === "money" ? `money:${quantity.currency ?? ""}` : quantity.unit;
}
