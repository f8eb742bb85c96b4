// One bad file with many kinds of problem: the user gets every one of them in one
// answer, sorted by where they are, and never a half-parsed dataset.
import { describe, expect, it } from "vitest";
import { formatPath, isCoalitionError, type PathSegment } from "../../src/index.js";
import { parseDataset, safeParseDataset } from "../../src/schema.js";
import { validDataset } from "./valid-dataset.js";

/** The valid dataset broken in nine places, three of each family of problem. */
function badDocument(): unknown {
  const document: Record<string, unknown> & ReturnType<typeof validDataset> = validDataset();
  // Schema errors, in several records.
  document.sources[1] = { ...document.sources[1], kind: "blog" } as (typeof document.sources)[1];
  document.states.push({ id: "EU" });
  document.events[0] = { ...document.events[0], status: "rumoured" } as (typeof document.events)[0];
  document.notes_ = ["a misspelt root field"];
  // Dangling references.
  document.commitments[1] = { ...document.commitments[1], actor: "DE" } as (typeof document.commitments)[1];
  document.positions[0] = { ...document.positions[0], proposal: "us-backstop" } as (typeof document.positions)[0];
  // Rules that span fields or records.
  document.commitments[0] = {
    ...document.commitments[0],
    quantity: { claims: [{ value: { kind: "range", unit: "people", low: 300, high: 200 }, sources: ["s-march"] }] },
  } as (typeof document.commitments)[0];
  document.events.push({
    ...document.events[0],
    id: "late-talks",
    status: "held",
    from: "2025-03-14",
    to: "2025-03-13",
  } as never);
  return document;
}

const EXPECTED = [
  { code: "invalid_range", path: ["commitments", 0, "quantity", "claims", 0, "value", "high"] },
  { code: "unknown_reference", path: ["commitments", 1, "actor"] },
  { code: "invalid_value", path: ["events", 0, "status"] },
  { code: "interval_reversed", path: ["events", 1, "to"] },
  { code: "unknown_field", path: ["notes_"] },
  { code: "unknown_reference", path: ["positions", 0, "proposal"] },
  { code: "invalid_value", path: ["sources", 1, "kind"] },
  { code: "invalid_country_code", path: ["states", 4, "id"] },
];

/** Paths in order: field names alphabetically (by code unit), array items by index. */
function pathOrder(a: readonly PathSegment[], b: readonly PathSegment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

describe("a file with many problems", () => {
  it("reports every problem together: schema errors, dangling references and broken rules", () => {
    const result = safeParseDataset(badDocument());
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map(({ code, path }) => ({ code, path }))).toEqual(EXPECTED);
  });

  it("sorts the problems by their path", () => {
    const result = safeParseDataset(badDocument());
    if (result.success) throw new Error("the bad document was accepted");
    const paths = result.error.issues.map((issue) => issue.path);
    expect(paths).toEqual([...paths].sort(pathOrder));
  });

  it("throws one CoalitionError from parseDataset with the same issues", () => {
    const safe = safeParseDataset(badDocument());
    if (safe.success) throw new Error("the bad document was accepted");
    let thrown: unknown;
    try {
      parseDataset(badDocument());
    } catch (error) {
      thrown = error;
    }
    expect(isCoalitionError(thrown) && thrown.code).toBe("invalid_dataset");
    if (!isCoalitionError(thrown) || thrown.code !== "invalid_dataset") return;
    expect(thrown.issues).toEqual(safe.error.issues);
  });

  it("lists each problem on its own line of the error message, with its path and message", () => {
    let message = "";
    try {
      parseDataset(badDocument());
    } catch (error) {
      message = isCoalitionError(error) ? error.message : "";
    }
    const [headline, ...lines] = message.split("\n");
    expect(headline).toBe(`Invalid dataset: ${EXPECTED.length} problems`);
    const safe = safeParseDataset(badDocument());
    if (safe.success) throw new Error("the bad document was accepted");
    expect(lines).toHaveLength(safe.error.issues.length);
    safe.error.issues.forEach((issue, i) => {
      expect(lines[i]).toContain(`${formatPath(issue.path)}: ${issue.message}`);
      expect(lines[i]).toContain(issue.code);
    });
  });

  it("says '1 problem' when there is one", () => {
    const document = validDataset();
    document.commitments[1] = { ...document.commitments[1], actor: "DE" } as (typeof document.commitments)[1];
    expect(() => parseDataset(document)).toThrow(/^Invalid dataset: 1 problem\ncommitments\[1\]\.actor: /);
  });
});
