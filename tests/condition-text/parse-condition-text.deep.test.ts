// Conditions 10,000 levels deep parse and print without overflowing the stack: both
// walk the tree with a stack of their own. (A dataset holds conditions at most
// LIMITS.conditionDepth deep; the text has no such limit of its own.)
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";

const DEPTH = 10_000;
const UA: Condition = { kind: "peace", form: "agreement", country: "UA" };
const UN: Condition = { kind: "mandate", by: "UN" };

/** Whether two conditions are equal, compared with a stack instead of recursion. */
function sameCondition(a: Condition, b: Condition): boolean {
  const pairs: [Condition, Condition][] = [[a, b]];
  while (pairs.length > 0) {
    const [x, y] = pairs.pop() as [Condition, Condition];
    if (x.kind !== y.kind) return false;
    if (x.kind === "not" && y.kind === "not") pairs.push([x.of, y.of]);
    else if ((x.kind === "all" || x.kind === "any") && (y.kind === "all" || y.kind === "any")) {
      if (x.of.length !== y.of.length) return false;
      x.of.forEach((child, i) => pairs.push([child, y.of[i] as Condition]));
    } else if (!isDeepStrictEqual(x, y)) return false;
  }
  return true;
}

/** `leaf` wrapped `depth` times by `wrap`, built without recursion. */
function wrapped(depth: number, leaf: Condition, wrap: (inner: Condition, level: number) => Condition): Condition {
  let condition = leaf;
  for (let level = 0; level < depth; level++) condition = wrap(condition, level);
  return condition;
}

describe(`a condition ${DEPTH.toLocaleString("en")} levels deep`, () => {
  it("of nots prints and parses back", () => {
    const condition = wrapped(DEPTH, UA, (of) => ({ kind: "not", of }));
    const text = printCondition(condition);
    expect(text).toBe(`${"not ".repeat(DEPTH)}peace(UA)`);
    expect(sameCondition(parseConditionText(text), condition)).toBe(true);
  });

  it("of single alls prints and parses back", () => {
    const condition = wrapped(DEPTH, UA, (inner) => ({ kind: "all", of: [inner] }));
    const text = printCondition(condition);
    expect(text).toBe(`${"all(".repeat(DEPTH)}peace(UA)${")".repeat(DEPTH)}`);
    expect(sameCondition(parseConditionText(text), condition)).toBe(true);
  });

  it("of chains in chains, and and or by turns, prints and parses back", () => {
    const condition = wrapped(DEPTH, UA, (inner, level) => ({ kind: level % 2 === 0 ? "all" : "any", of: [UN, inner] }));
    const text = printCondition(condition);
    expect(text.startsWith("mandate(UN) or (mandate(UN) and (mandate(UN) or")).toBe(true);
    expect(text.endsWith(`mandate(UN) and peace(UA)${")".repeat(DEPTH - 1)}`)).toBe(true);
    expect(sameCondition(parseConditionText(text), condition)).toBe(true);
  });

  it(`of brackets around one atom parses to the atom`, () => {
    expect(parseConditionText(`${"(".repeat(DEPTH)}peace(UA)${")".repeat(DEPTH)}`)).toEqual(UA);
  });

  it("with its bracket left open says which one", () => {
    const result = safeParse(`${"(".repeat(DEPTH)}peace(UA)${")".repeat(DEPTH - 1)}`);
    expect(result).toBe("the '(' at line 1, column 1 is never closed");
  });
});

function safeParse(text: string): string | undefined {
  try {
    parseConditionText(text);
    return undefined;
  } catch (error) {
    return (error as { problems: readonly { message: string }[] }).problems[0]?.message;
  }
}
