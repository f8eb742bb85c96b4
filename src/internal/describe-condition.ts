import type { Condition } from "../model/types.js";
import type { Namer } from "./names.js";

// Deeper trees are summarised rather than spelled out: nobody reads a sentence that long,
// and the recursion below stays far from the stack's limit.
const MAX_DEPTH_IN_WORDS = 12;

/** A condition in words, for `holder`'s commitment: "a request and the government's approval". @internal */
export function describeCondition(condition: Condition, holder: string, namer: Namer, depth = 0): string {
  if (depth >= MAX_DEPTH_IN_WORDS) return "further nested conditions";
  switch (condition.kind) {
    case "all":
    case "any": {
      const parts = condition.of.map((child) => {
        const text = describeCondition(child, holder, namer, depth + 1);
        return child.kind === "all" || child.kind === "any" ? `(${text})` : text;
      });
      return joinWords(parts, condition.kind === "all" ? "and" : "or");
    }
    case "not":
      return `not ${describeCondition(condition.of, holder, namer, depth + 1)}`;
    default:
      return namer.atom(condition, holder);
  }
}

function joinWords(parts: readonly string[], word: string): string {
  if (parts.length <= 2) return parts.join(` ${word} `);
  return `${parts.slice(0, -1).join(", ")} ${word} ${parts.slice(-1).join("")}`;
}
