import { describe, expect, it } from "vitest";
import { closestMatch } from "../../src/cli/internal/did-you-mean.js";

describe("closestMatch", () => {
  const options = ["--base", "--as-of", "--assume", "--format", "--max-bytes", "--help", "-h"];

  it("suggests the option one slip away: a letter swapped, left out, added or changed", () => {
    expect(closestMatch("--fromat", options)).toBe("--format");
    expect(closestMatch("--frmat", options)).toBe("--format");
    expect(closestMatch("--formatt", options)).toBe("--format");
    expect(closestMatch("--formet", options)).toBe("--format");
    expect(closestMatch("--asume", options)).toBe("--assume");
  });

  it("suggests an option the word begins, and the nearest of several", () => {
    expect(closestMatch("--max", options)).toBe("--max-bytes");
    expect(closestMatch("--as-o", options)).toBe("--as-of");
  });

  it("suggests nothing for a word far from every candidate", () => {
    expect(closestMatch("--colour", options)).toBeUndefined();
    expect(closestMatch("frobnicate", ["report", "validate"])).toBeUndefined();
    expect(closestMatch("", ["report"])).toBeUndefined();
  });
});
