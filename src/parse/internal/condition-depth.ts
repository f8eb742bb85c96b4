/**
 * The nesting depth of a raw condition (1 for an atom), measured without recursion
 * and stopping once past `limit`, so a hostile input cannot overflow the stack
 * before the schema even sees it.
 */
export function conditionDepth(raw: unknown, limit: number): number {
  let deepest = 0;
  const stack: { node: unknown; depth: number }[] = [{ node: raw, depth: 1 }];
  // Loop on the stack's length, not on what pop returns: a node can be `undefined`, which
  // must not end the walk (the stack holds wrappers, so pop itself never gives `undefined`).
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as (typeof stack)[number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const of = (node as { of?: unknown }).of;
    if (Array.isArray(of)) for (const child of of) stack.push({ node: child, depth: depth + 1 });
    else if (typeof of === "object" && of !== null) stack.push({ node: of, depth: depth + 1 });
  }
  return deepest;
}
