// Parsing never touches its input, and what it returns cannot be changed: frozen at
// run time, readonly for the compiler, and sharing no object with the input.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Commitment, Condition, Dataset, DatasetIssue, Stance } from "../../src/index.js";
import { parseDataset, safeParseDataset, type SafeParseDatasetResult } from "../../src/schema.js";
import { validDataset } from "./valid-dataset.js";

/** Every object and array reachable from `value`, found without recursion. */
function objectsIn(value: unknown): Set<object> {
  const found = new Set<object>();
  const stack: unknown[] = [value];
  // Loop on the stack's length: an element can be `undefined`, which must not end the walk.
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== "object" || item === null || found.has(item)) continue;
    found.add(item);
    stack.push(...Object.values(item));
  }
  return found;
}

function freezeAll<T>(value: T): T {
  for (const object of objectsIn(value)) Object.freeze(object);
  return value;
}

describe("the input", () => {
  it("is left exactly as it was", () => {
    const input = validDataset();
    const before = structuredClone(input);
    parseDataset(input);
    expect(input).toEqual(before);
  });

  it("is left as it was when it is rejected", () => {
    const input = validDataset();
    input.commitments[0] = {
      ...input.commitments[0],
      stance: "maybe",
      date: "2025-02-30",
    } as (typeof input.commitments)[0];
    const before = structuredClone(input);
    expect(safeParseDataset(input).success).toBe(false);
    expect(input).toEqual(before);
  });

  it("can be deeply frozen: parsing writes nothing to it", () => {
    const frozen = freezeAll(validDataset());
    expect(parseDataset(frozen)).toEqual(parseDataset(validDataset()));
  });

  it("stays unfrozen: the result freezes copies, not the input's objects", () => {
    const input = validDataset();
    parseDataset(input);
    const frozen = [...objectsIn(input)].filter((object) => Object.isFrozen(object));
    expect(frozen).toEqual([]);
  });
});

describe("the parsed dataset", () => {
  it("is frozen all the way down", () => {
    const dataset = parseDataset(validDataset());
    const objects = [...objectsIn(dataset)];
    expect(objects.length).toBeGreaterThan(50);
    expect(objects.filter((object) => !Object.isFrozen(object))).toEqual([]);
  });

  it("shares no object with the input", () => {
    const input = validDataset();
    const inputObjects = objectsIn(input);
    const shared = [...objectsIn(parseDataset(input))].filter((object) => inputObjects.has(object));
    expect(shared).toEqual([]);
  });

  it("fills omitted collections with empty arrays, frozen too", () => {
    const dataset = parseDataset({ id: "empty", title: "Empty" });
    expect(dataset.commitments).toEqual([]);
    expect(Object.isFrozen(dataset.commitments)).toBe(true);
  });

  it("throws on any attempt to change it, and the compiler refuses it first", () => {
    const dataset = parseDataset(validDataset());
    const first = dataset.commitments[0];
    if (first === undefined) throw new Error("the valid dataset has commitments");
    expect(() => {
      // @ts-expect-error a parsed commitment is readonly
      first.stance = "refused";
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error a parsed collection is readonly
      dataset.commitments.push(first);
    }).toThrow(TypeError);
    expect(() => {
      // @ts-expect-error nested arrays are readonly too
      first.sources[0] = "s-april";
    }).toThrow(TypeError);
    expect(first.stance).toBe("ready");
    expect(dataset.commitments).toHaveLength(2);
  });

  it("has readonly types, all the way down", () => {
    // Indexing without a check is refused, and so is writing through the first element.
    // @ts-expect-error the element may be undefined, and its stance is readonly
    const write = (dataset: Dataset) => (dataset.commitments[0].stance = "refused");
    expect(() => write(parseDataset(validDataset()))).toThrow(TypeError);

    expectTypeOf(parseDataset).returns.toEqualTypeOf<Dataset>();
    expectTypeOf<Dataset["commitments"]>().toEqualTypeOf<readonly Commitment[]>();
    expectTypeOf<Commitment["stance"]>().toEqualTypeOf<Stance>();
    expectTypeOf<Commitment["sources"]>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Commitment["condition"]>().toEqualTypeOf<Condition | undefined>();
    expectTypeOf<Extract<Condition, { kind: "all" }>["of"]>().toEqualTypeOf<readonly Condition[]>();
    expectTypeOf<Commitment>().toHaveProperty("date").toEqualTypeOf<string>();
  });

  it("narrows the safe result to the dataset or the error's issues", () => {
    const result = safeParseDataset(validDataset());
    expectTypeOf(result).toEqualTypeOf<SafeParseDatasetResult>();
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Dataset>();
    else expectTypeOf(result.error.issues).toEqualTypeOf<readonly DatasetIssue[]>();
    expect(result.success).toBe(true);
  });
});

describe("the base option", () => {
  function baseDataset(): Dataset {
    return parseDataset({
      id: "reference",
      title: "Reference blocs",
      sources: [{ id: "s-eu", kind: "official-record", publisher: "European Union", date: "1995" }],
      states: [{ id: "DK" }, { id: "FI" }],
      organizations: [
        {
          id: "eu",
          name: "European Union",
          kind: "union",
          memberships: [
            { member: "DK", from: "1973-01-01", sources: ["s-eu"] },
            { member: "FI", from: "1995-01-01", sources: ["s-eu"] },
          ],
        },
      ],
      institutions: [{ id: "DK.government", actor: "DK", kind: "government" }],
    });
  }

  it("lets the input refer to the base's records", () => {
    const input = validDataset();
    input.commitments.push({
      id: "dk-peacekeepers",
      actor: "DK",
      statedBy: { institution: "DK.government" },
      type: "peacekeepers",
      stance: "open",
      phrase: "does not rule out",
      date: "2025-03-13",
      sources: ["s-eu", "s-march"],
    } as never);
    input.events[0]?.hosts.push("eu");
    const result = safeParseDataset(input, { base: baseDataset() });
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("puts the base's records in the result, ahead of the input's", () => {
    const base = baseDataset();
    const dataset = parseDataset(validDataset(), { base });
    expect(dataset.id).toBe("demo");
    expect(dataset.states.map((state) => state.id)).toEqual(["DK", "FI", "GB", "FR", "UA", "SE"]);
    expect(dataset.organizations.map((organization) => organization.id)).toEqual(["eu", "nato"]);
    expect(dataset.organizations[0]).toBe(base.organizations[0]);
  });

  it("takes several bases", () => {
    const other = parseDataset({ id: "more", title: "More", states: [{ id: "NO" }] });
    const dataset = parseDataset(
      { id: "mine", title: "Mine", states: [{ id: "IS" }] },
      { base: [baseDataset(), other] }
    );
    expect(dataset.states.map((state) => state.id)).toEqual(["DK", "FI", "NO", "IS"]);
  });

  it("reports an id that clashes with the base as a duplicate, pointing into the base", () => {
    const result = safeParseDataset(
      { id: "mine", title: "Mine", organizations: [{ id: "FI", name: "Not Finland", kind: "forum" }] },
      { base: baseDataset() }
    );
    expect(result.success ? [] : result.error.issues).toEqual([
      {
        code: "duplicate_id",
        path: ["organizations", 0],
        id: "FI",
        firstPath: ["(base)", 0, "states", 1],
        message: 'actor id "FI" is already used',
      },
    ]);
  });

  it("leaves the base as it was", () => {
    const base = baseDataset();
    const before = structuredClone(base);
    parseDataset({ id: "mine", title: "Mine", states: [{ id: "IS" }] }, { base });
    expect(base).toEqual(before);
  });
});
