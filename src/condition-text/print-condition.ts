import { invalidArgument } from "../internal/errors.js";
import type { Condition } from "../model/types.js";
import { printAtom } from "./internal/print-atom.js";

/**
 * A condition in its canonical text, the one {@link parseConditionText} reads back to
 * an equal condition: `and` / `or` chains for `all` / `any` of two or more, `all(…)` /
 * `any(…)` for one, brackets only around a chain inside another and around a sentence
 * under `not`, single spaces, and strings with JSON's escapes (control and
 * bidirectional characters escaped too). Printed without recursion, in time linear in
 * its length, so a condition of any depth prints.
 *
 * @param condition - A condition the schema accepts (from a parsed dataset, or from {@link parseConditionText}).
 * @returns The condition's text, on one line.
 * @throws {CoalitionError} `invalid_argument` when given something that is not a condition (an unknown kind, an empty `all`).
 * @example
 * ```ts
 * import { printCondition } from "coalition/condition-text";
 * const peace = { kind: "peace", form: "agreement", country: "UA" } as const;
 * printCondition({ kind: "all", of: [peace, { kind: "request", by: "UA" }, { kind: "not", of: { kind: "mandate", by: "UN" } }] });
 * //=> "peace(UA) and request(UA) and not mandate(UN)"
 * printCondition({ kind: "threshold", count: 4, type: "ground-troops", minStance: "open" });
 * //=> "at-least 4 others offer ground-troops"
 * printCondition({ kind: "approval", institution: "CH.government", quote: 'if the government is "not against"' });
 * //=> 'approval(CH.government) "if the government is \\"not against\\""'
 * ```
 *
 * @category Interchange
 */
export function printCondition(condition: Condition): string {
  const out: string[] = [];
  // Work still to do, last first: a condition to print, or text to write as it is.
  const work: (Condition | string)[] = [condition];
  while (work.length > 0) {
    const item = work.pop() as Condition | string;
    if (typeof item === "string") out.push(item);
    else if (item.kind === "not") {
      out.push("not ");
      const sentence = item.of.kind === "commitment" || item.of.kind === "threshold";
      pushPart(work, item.of, sentence || isChain(item.of));
    } else if (item.kind === "all" || item.kind === "any") {
      if (item.of.length === 0) throw invalidArgument("condition", `not a condition: an "${item.kind}" of nothing`);
      if (item.of.length === 1) out.push(`${item.kind}(`), work.push(")", item.of[0] as Condition);
      for (let i = item.of.length - 1; i >= 0 && item.of.length > 1; i--) {
        pushPart(work, item.of[i] as Condition, isChain(item.of[i] as Condition));
        if (i > 0) work.push(item.kind === "all" ? " and " : " or ");
      }
    } else out.push(printAtom(item));
  }
  return out.join("");
}

/** An `all` or `any` written as a chain, `a and b`: in brackets inside another chain or under `not`. */
function isChain(condition: Condition): boolean {
  return (condition.kind === "all" || condition.kind === "any") && condition.of.length > 1;
}

function pushPart(work: (Condition | string)[], part: Condition, bracketed: boolean): void {
  if (bracketed) work.push(")", part, "(");
  else work.push(part);
}
