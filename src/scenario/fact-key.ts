import { invalidArgument } from "../internal/errors.js";
import type { ConditionAtom } from "../model/types.js";
import { locationKey } from "./internal/select-offers.js";

/**
 * Options of {@link factKey}.
 *
 * @category Scenarios
 */
export interface FactKeyOptions {
  /**
   * The actor whose condition holds the atom: the one a request is made to, and the
   * one an inclusion is about when the atom names nobody. Needed for those two kinds.
   */
  readonly actor?: string;
}

/**
 * The stable key under which a scenario sets the fact an atom reads:
 *
 * - peace: `peace:agreement:UA`, `peace:ceasefire:UA`. A peace agreement in force
 *   implies a ceasefire in force: with the agreement true the ceasefire counts as
 *   true, and with the ceasefire false the agreement counts as false.
 * - request: `request:<by>:<to>`, or `request:*:<to>` when no requester is named. A
 *   request by a named actor is a request: with `request:UA:CH` true, `request:*:CH`
 *   counts as true; with `request:*:CH` false, every `request:<by>:CH` counts as false.
 * - approval: `approval:<institution>`; inclusion: `inclusion:<actor>`;
 *   mandate: `mandate:<by>`; free-form fact: `fact:<id>`.
 * - commitment: `commitment:<actor>:<type>`, which a scenario may set to speak for
 *   that actor (see {@link Scenario}).
 * - threshold: `threshold:<count>:<type>:<minStance>:<among or *>` (with the location
 *   appended when the atom has one). It names the atom in explanations; a scenario
 *   cannot set it, since its value follows from the other commitments.
 *
 * Ids are joined as they are, with `:`.
 *
 * @param atom - A leaf of a condition.
 * @param options - The actor whose condition holds the atom, for the kinds that need it.
 * @returns The key.
 * @throws {CoalitionError} with code `invalid_argument` for a request, or an inclusion
 *   naming nobody, without `options.actor`.
 * @example
 * ```ts
 * import { factKey } from "coalition/scenario";
 * factKey({ kind: "peace", form: "agreement", country: "UA" });
 * //=> "peace:agreement:UA"
 * factKey({ kind: "request" }, { actor: "CH" });
 * //=> "request:*:CH"
 * factKey({ kind: "approval", institution: "CH.government" });
 * //=> "approval:CH.government"
 * factKey({ kind: "commitment", actor: "US", type: "air-power", minStance: "ready" });
 * //=> "commitment:US:air-power"
 * ```
 *
 * @category Scenarios
 */
export function factKey(atom: ConditionAtom, options: FactKeyOptions = {}): string {
  const key = atomKey(atom, options.actor);
  if (key === undefined) {
    throw invalidArgument(
      "actor",
      `the key of a ${atom.kind} atom depends on the actor whose condition holds it: pass options.actor`,
    );
  }
  return key;
}

/** {@link factKey} without the check: undefined where the holder is needed and missing. @internal */
export function atomKey(atom: ConditionAtom, holder: string | undefined): string | undefined {
  switch (atom.kind) {
    case "peace":
      return `peace:${atom.form}:${atom.country}`;
    case "request":
      return holder === undefined ? undefined : `request:${atom.by ?? "*"}:${holder}`;
    case "approval":
      return `approval:${atom.institution}`;
    case "inclusion": {
      const who = atom.actor ?? holder;
      return who === undefined ? undefined : `inclusion:${who}`;
    }
    case "commitment":
      return `commitment:${atom.actor}:${atom.type}`;
    case "threshold": {
      const base = `threshold:${atom.count}:${atom.type}:${atom.minStance}:${atom.among ?? "*"}`;
      return atom.location === undefined ? base : `${base}:${locationKey(atom.location)}`;
    }
    case "mandate":
      return `mandate:${atom.by}`;
    case "fact":
      return `fact:${atom.id}`;
  }
}
