// Every condition of the seed dataset, parsed as the library ships it (with the
// reference data as its base), prints as text that reads back to the same condition.
import { describe, expect, it } from "vitest";
import { referenceDocument, seedDocument } from "../../src/fixtures.js";
import { type Condition } from "../../src/index.js";
import { parseConditionText, printCondition } from "../../src/condition-text.js";
import { parseDataset } from "../../src/parse/parse-dataset.js";

/** Every `condition` held anywhere in `value`, found with a stack. */
function conditionsIn(value: unknown): Condition[] {
  const found: Condition[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null) continue;
    const condition = (item as { condition?: Condition }).condition;
    if (condition !== undefined) found.push(condition);
    stack.push(...Object.values(item));
  }
  return found;
}

describe("the seed dataset's conditions", () => {
  const seed = parseDataset(seedDocument, { base: parseDataset(referenceDocument) });
  const conditions = conditionsIn(seed);

  it("are all found: those of its commitments and of its coalitions, the records that hold one", () => {
    const held = [...seed.commitments, ...seed.coalitions].filter((record) => record.condition !== undefined);
    expect(held.length).toBeGreaterThan(0);
    expect(conditions).toHaveLength(held.length);
  });

  it("each read back from their text as they were", () => {
    for (const condition of conditions) expect(parseConditionText(printCondition(condition))).toEqual(condition);
  });

  it("read as the report says them: Switzerland's, for one", () => {
    const swiss = seed.commitments.find((commitment) => commitment.condition?.kind === "all");
    expect(swiss?.actor).toBe("CH");
    expect(printCondition(swiss?.condition as Condition)).toBe('request "if requested" and approval(CH.government) "the government is not against it"');
  });
});
