// Input the parser used to let through, or report only in part: addresses that are
// not web links, a unit of any length, and the problems behind a broken or duplicate
// record, which came to light only once the first problem was fixed.
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/index.js";
import { safeParseDataset } from "../../src/schema.js";
import { validDataset, withValue } from "./valid-dataset.js";

function problemsOf(input: unknown): { code: string; path: readonly (string | number)[] }[] {
  const result = safeParseDataset(input);
  return result.success ? [] : result.error.issues.map(({ code, path }) => ({ code, path }));
}

describe("a source's address", () => {
  const url = ["sources", 0, "url"];

  it.each(["javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "ftp://example.org/report.pdf", "mailto:press@example.org"])(
    "refuses %s: only http and https addresses, which reports turn into links",
    (address) => {
      const result = safeParseDataset(withValue(url, address));
      expect(result.success ? [] : result.error.issues).toEqual([
        { code: "invalid_format", path: url, message: "url: an address must be an http:// or https:// URL" },
      ]);
    },
  );

  it.each(["https://www.gov.uk/government/news/pm-statement", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/"])("accepts %s", (address) => {
    expect(problemsOf(withValue(url, address))).toEqual([]);
  });
});

describe("a dataset's own count unit", () => {
  const unit = ["commitments", 0, "quantity", "claims", 0, "value", "unit"];

  it("is accepted as long as an id", () => {
    expect(problemsOf(withValue(unit, `x:${"a".repeat(LIMITS.idLength - 2)}`))).toEqual([]);
  });

  it("is refused past the length of an id, since every total that counts it names it", () => {
    const result = safeParseDataset(withValue(unit, `x:${"a".repeat(100_000)}`));
    expect(result.success ? [] : result.error.issues).toEqual([
      { code: "too_long", path: unit, message: `unit is longer than ${LIMITS.idLength} characters` },
    ]);
  });
});

describe("the problems behind a record that fails its schema", () => {
  it("are reported with its own: a dangling actor and an unknown source beside a wrong stance", () => {
    const document = validDataset();
    Object.assign(document.commitments[0] as object, { stance: "eager", actor: "DE", sources: ["s-march", "s-nowhere"] });
    expect(problemsOf(document)).toEqual([
      { code: "unknown_reference", path: ["commitments", 0, "actor"] },
      { code: "unknown_reference", path: ["commitments", 0, "sources", 1] },
      { code: "invalid_value", path: ["commitments", 0, "stance"] },
    ]);
  });

  it("are reported for rules too: an interval that ends before it starts, beside an unknown field", () => {
    const document = validDataset();
    Object.assign(document.events[0] as object, { from: "2025-03-12", to: "2025-03-11", venue: "Paris" });
    expect(problemsOf(document)).toEqual([
      { code: "interval_reversed", path: ["events", 0, "to"] },
      { code: "unknown_field", path: ["events", 0, "venue"] },
    ]);
  });

  it("are not reported twice: a malformed actor is one issue, not also a dangling reference", () => {
    const document = validDataset();
    Object.assign(document.commitments[0] as object, { actor: "not an id!" });
    expect(problemsOf(document)).toEqual([{ code: "invalid_format", path: ["commitments", 0, "actor"] }]);
  });

  it("do not include the speaker's institution when the actor it must match is broken", () => {
    const document = validDataset();
    Object.assign(document.commitments[0] as object, { actor: 42 });
    expect(problemsOf(document)).toEqual([{ code: "invalid_type", path: ["commitments", 0, "actor"] }]);
  });

  it("are found in a condition too deep for zod's own recursion, beside a broken field", () => {
    let condition: unknown = { kind: "approval", institution: "XX.parliament" };
    for (let level = 0; level < 40; level++) condition = { kind: "not", of: condition };
    const document = withValue(["commitments", 0, "condition"], condition);
    Object.assign(document.commitments[0] as object, { stance: "eager" });
    const path = ["commitments", 0, "condition", ...Array.from({ length: 40 }, () => "of"), "institution"];
    expect(problemsOf(document)).toEqual([
      { code: "unknown_reference", path },
      { code: "invalid_value", path: ["commitments", 0, "stance"] },
    ]);
  });
});

describe("the problems behind a record with a duplicate id", () => {
  it("are reported with the duplicate: its dangling source and its reversed range", () => {
    const document = validDataset();
    const copy = structuredClone(document.commitments[0]) as Record<string, unknown>;
    copy.sources = ["s-gone"];
    copy.quantity = { claims: [{ value: { kind: "range", unit: "people", low: 9, high: 1 }, sources: ["s-march"] }] };
    document.commitments.push(copy as never);
    const last = document.commitments.length - 1;
    expect(problemsOf(document)).toEqual([
      { code: "duplicate_id", path: ["commitments", last] },
      { code: "invalid_range", path: ["commitments", last, "quantity", "claims", 0, "value", "high"] },
      { code: "unknown_reference", path: ["commitments", last, "sources", 0] },
    ]);
  });

  it("do not count it: the first record with the id is the one others are checked against", () => {
    const document = validDataset();
    // A second GB.head-of-government belonging to FR: the speaker checks still use the first.
    document.institutions.push({ id: "GB.head-of-government", actor: "FR", kind: "head-of-government" });
    expect(problemsOf(document)).toEqual([{ code: "duplicate_id", path: ["institutions", 2] }]);
  });
});
