/** Freezes `value` and everything reachable from it, without recursion (data can be deep). */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  // Loop on the stack's length, not on what it pops: a field can hold `undefined`.
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || Object.isFrozen(item)) continue;
    Object.freeze(item);
    for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
  return value;
}
