// The translation of zod's issues into the library's. The model's schemas raise only some of
// zod's issue codes; these tests give it the others, as a future check would, and the issue
// shapes older zod 4 releases produce: every one still becomes one plain issue at its path.
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { fromZodIssues } from "../../src/parse/internal/from-zod-issues.js";

/** The library's issues for `value` checked against `schema`, as the record at `["things", 0]`. */
function issuesFor(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("the value should fail the schema");
  return fromZodIssues(result.error.issues, ["things", 0], value);
}

describe("fromZodIssues", () => {
  it("turns an issue code the model never raises into an invalid value, with zod's words", () => {
    const issues = issuesFor(z.object({ count: z.number().multipleOf(2) }), { count: 3 });
    expect(issues).toEqual([{ code: "invalid_value", path: ["things", 0, "count"], message: "count: Invalid number: must be a multiple of 2" }]);
  });

  it("turns a check without a code of the library's own into an invalid value", () => {
    const issues = issuesFor(z.object({ name: z.string().refine(() => false, { message: "is not a name" }) }), { name: "x" });
    expect(issues).toEqual([{ code: "invalid_value", path: ["things", 0, "name"], message: "name: is not a name" }]);
  });

  it("turns a maximum on the items of a list into too_long", () => {
    // The model checks list lengths before zod sees them (LIMITS.listLength); a schema's own maximum reads alike.
    const issues = issuesFor(z.object({ tags: z.array(z.string()).max(2) }), { tags: ["a", "b", "c"] });
    expect(issues).toEqual([{ code: "too_long", path: ["things", 0, "tags"], message: "tags has more than 2 items" }]);
  });

  it("lists no option when a discriminated union's issue does not name them", () => {
    // The shape of the issue without `options`, as some zod releases give it.
    const issue = { code: "invalid_union", errors: [], discriminator: "kind", path: ["kind"], message: "Invalid input", input: "x" } as const;
    const issues = fromZodIssues([issue as unknown as z.core.$ZodIssue], ["things", 0], { kind: "x" });
    expect(issues).toEqual([{ code: "invalid_value", path: ["things", 0, "kind"], message: "kind must be one of a known kind" }]);
  });

  it("leaves symbol keys out of a path", () => {
    const hidden = Symbol("hidden");
    const issue = { code: "invalid_type", expected: "string", path: [hidden, "name"], message: "Invalid input", input: 1 } as const;
    const issues = fromZodIssues([issue as unknown as z.core.$ZodIssue], ["things", 0], { name: 1 });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: "invalid_type", path: ["things", 0, "name"] }]);
  });
});
