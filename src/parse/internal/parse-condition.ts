import * as z from "zod";
import type { Condition } from "../../model/types.js";
import {
  ApprovalAtomSchema,
  CommitmentAtomSchema,
  FactAtomSchema,
  InclusionAtomSchema,
  MandateAtomSchema,
  PeaceAtomSchema,
  RequestAtomSchema,
  ThresholdAtomSchema,
} from "../../schema/condition.js";
import type { PathSegment } from "../dataset-issue.js";

/**
 * One node of a condition, its children unchecked: `all` / `any` / `not` with their
 * `of`, or an atom. The schema of the whole tree (ConditionSchema) recurses once per
 * level, and zod's recursion overflows the stack some way short of LIMITS.conditionDepth.
 */
let nodeSchema: z.ZodType | undefined;
const shallowNode = () =>
  (nodeSchema ??= z.discriminatedUnion("kind", [
    z.strictObject({ kind: z.literal("all"), of: z.array(z.unknown()).min(1) }),
    z.strictObject({ kind: z.literal("any"), of: z.array(z.unknown()).min(1) }),
    // `of` is checked as a node of its own, where its absence is reported as zod would.
    z.strictObject({ kind: z.literal("not"), of: z.unknown().optional() }),
    PeaceAtomSchema,
    RequestAtomSchema,
    ApprovalAtomSchema,
    InclusionAtomSchema,
    CommitmentAtomSchema,
    ThresholdAtomSchema,
    MandateAtomSchema,
    FactAtomSchema,
  ]));

/** The result of {@link parseCondition}: the condition, or zod's issues with paths from `at`. */
export type ParsedCondition =
  | { readonly success: true; readonly data: Condition }
  | { readonly success: false; readonly issues: readonly z.core.$ZodIssue[] };

/**
 * Checks a raw condition of any depth against ConditionSchema without recursion: each
 * node is checked alone and its children are queued. Gives the same output and the
 * same issues as `ConditionSchema.safeParse`, with issue paths starting with `at` (the
 * condition's path inside its record), so they map to the library's issues alike.
 */
export function parseCondition(raw: unknown, at: readonly PathSegment[]): ParsedCondition {
  interface Visit {
    readonly path: readonly PathSegment[];
    /** The node's checked fields; undefined when it failed its check. */
    data: Record<string, unknown> | undefined;
    /** Positions in `visits` of the node's children, in order. */
    readonly children: number[];
  }
  const visits: Visit[] = [];
  const issues: z.core.$ZodIssue[] = [];
  const queue: { value: unknown; path: readonly PathSegment[]; parent: number }[] = [{ value: raw, path: at, parent: -1 }];
  while (queue.length > 0) {
    const { value, path, parent } = queue.pop() as (typeof queue)[number];
    const position = visits.length;
    const visit: Visit = { path, data: undefined, children: [] };
    visits.push(visit);
    if (parent >= 0) (visits[parent] as Visit).children.push(position);
    const result = shallowNode().safeParse(value);
    if (result.success) visit.data = result.data as Record<string, unknown>;
    else for (const issue of result.error.issues) issues.push({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue);
    // As zod does, the children of a node with a known kind are checked even when the
    // node itself has a problem (an unknown field): every problem is reported at once.
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const { kind, of } = value as { kind?: unknown; of?: unknown };
    // Queued last to first, so they are visited, and their issues found, first to last.
    if ((kind === "all" || kind === "any") && Array.isArray(of)) {
      for (let i = of.length - 1; i >= 0; i--) queue.push({ value: of[i], path: [...path, "of", i], parent: position });
    } else if (kind === "not") queue.push({ value: of, path: [...path, "of"], parent: position });
  }
  if (issues.length > 0) return { success: false, issues };

  // Children come after their parent in `visits`: built from the last, each node's
  // children are ready when it is reached.
  const built: unknown[] = new Array(visits.length);
  for (let v = visits.length - 1; v >= 0; v--) {
    const { data, children } = visits[v] as Visit;
    const node = data as Record<string, unknown>;
    if (node.kind === "all" || node.kind === "any") built[v] = { kind: node.kind, of: children.map((c) => built[c]) };
    else if (node.kind === "not") built[v] = { kind: node.kind, of: built[children[0] as number] };
    else built[v] = node;
  }
  return { success: true, data: built[0] as Condition };
}
