import { describe, expect, it } from "vitest";
import { isCountryCode } from "../../src/index.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function allCodes(length: number): string[] {
  let codes = [""];
  for (let i = 0; i < length; i++) codes = codes.flatMap((prefix) => [...LETTERS].map((letter) => prefix + letter));
  return codes;
}

describe("isCountryCode", () => {
  it("accepts exactly the 249 officially assigned ISO 3166-1 alpha-2 codes", () => {
    expect(allCodes(2).filter(isCountryCode)).toHaveLength(249);
  });

  it("accepts the states of the seed report", () => {
    for (const code of ["GB", "FR", "US", "UA", "RU", "AU", "JP", "NZ", "CA", "TR", "CH", "IE", "RO", "BG"]) {
      expect(isCountryCode(code), code).toBe(true);
    }
  });

  it("rejects codes that Intl.DisplayNames names but that are not countries", () => {
    const names = new Intl.DisplayNames("en", { type: "region" });
    for (const code of ["EU", "UN", "ZZ", "EZ", "XK", "QO"]) {
      expect(names.of(code), code).not.toBe(code);
      expect(isCountryCode(code), code).toBe(false);
    }
  });

  it("has a display name for every code it accepts", () => {
    const names = new Intl.DisplayNames("en", { type: "region", fallback: "none" });
    expect(
      allCodes(2)
        .filter(isCountryCode)
        .filter((code) => names.of(code) === undefined)
    ).toEqual([]);
  });

  it("rejects lower case, alpha-3 and numeric codes", () => {
    for (const code of ["gb", "Gb", "GBR", "826", "", " GB"]) expect(isCountryCode(code), code).toBe(false);
  });
});
