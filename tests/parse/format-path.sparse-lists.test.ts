// A list with a hole (`[, "a"]`) is no path: `every` skips holes, and the guard must not,
// or the hole reaches formatPath as undefined (a TypeError, found by the whole-surface
// fuzzer at input #484269). The same for the other lists the library checks.
import { describe, expect, it } from "vitest";
import { formatIssues, formatPath } from "../../src/index.js";
import { seedDataset } from "../../src/fixtures.js";
import { scenarioSensitivity } from "../../src/scenario.js";
import { outcomeOf } from "../support/outcome.js";

// eslint-disable-next-line no-sparse-arrays
const holed = <T>(item: T): T[] => [, item] as T[];

describe("lists with a hole", () => {
  it("are refused as a path, and as the path of an issue", () => {
    expect(outcomeOf(() => formatPath(holed("sources")))).toBe("invalid_argument: path must be a list of names and indices, not an array");
    expect(outcomeOf(() => formatIssues([{ code: "missing_field", path: holed("sources"), message: "m" }] as never))).toMatch(/^invalid_argument: issues must be a list of dataset issues/);
    expect(outcomeOf(() => formatIssues(holed({ code: "missing_field", path: [], message: "m" }) as never))).toMatch(/^invalid_argument: issues must be a list of dataset issues/);
  });

  it("are refused as a list of fact keys", () => {
    expect(outcomeOf(() => scenarioSensitivity(seedDataset(), {}, { facts: holed("peace:agreement:UA") }))).toMatch(/^invalid_argument: .*a list of strings/);
  });

  it("leave a whole path as it was", () => {
    expect(formatPath(["sources", 0, "date"])).toBe("sources[0].date");
  });
});
