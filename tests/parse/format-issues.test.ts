import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/index.js";

describe("formatIssues", () => {
  it("writes one line per issue, with a message's controls and line breaks shown as their codes", () => {
    const text = formatIssues([
      { code: "person_not_in_institution", path: ["commitments", 0, "statedBy", "person"], message: "\u001b]0;pwned\u0007Mallory\u009b2J holds no office in \"GB.parliament\"" },
      { code: "invalid_type", path: ["title"], message: "two\nlines\r\u202eesrever" },
    ]);
    expect(text.split("\n")).toEqual([
      'commitments[0].statedBy.person: \\u001b]0;pwned\\u0007Mallory\\u009b2J holds no office in "GB.parliament" (person_not_in_institution)',
      "title: two\\u000alines\\u000d\\u202eesrever (invalid_type)",
    ]);
  });
});
