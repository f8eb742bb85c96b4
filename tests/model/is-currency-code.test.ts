import { describe, expect, it } from "vitest";
import { isCurrencyCode } from "../../src/index.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function allCodes(length: number): string[] {
  let codes = [""];
  for (let i = 0; i < length; i++) codes = codes.flatMap((prefix) => [...LETTERS].map((letter) => prefix + letter));
  return codes;
}

describe("isCurrencyCode", () => {
  it("accepts active ISO 4217 codes", () => {
    for (const code of ["EUR", "GBP", "USD", "UAH", "CHF", "JPY", "XOF", "ZWG"])
      expect(isCurrencyCode(code), code).toBe(true);
  });

  it("rejects made-up, withdrawn, fund, precious-metal and test codes", () => {
    for (const code of ["XYZ", "DEM", "FRF", "XAU", "XDR", "XTS", "XXX", "BOV"])
      expect(isCurrencyCode(code), code).toBe(false);
  });

  it("rejects lower case and numeric codes", () => {
    for (const code of ["eur", "Eur", "978", "", "EURO"]) expect(isCurrencyCode(code), code).toBe(false);
  });

  // The codes it accepts, found among all 17,576 strings of three capital letters.
  const accepted = allCodes(3).filter(isCurrencyCode);

  it("accepts only a code exactly as written: not in another case, padded, cut short or run on", () => {
    // (Three capital letters could only ever pass a test that draws three capital letters.)
    const variants = accepted.flatMap((code) => [
      code.toLowerCase(),
      `${code.charAt(0)}${code.slice(1).toLowerCase()}`,
      ` ${code}`,
      `${code} `,
      `${code}\n`,
      `${code}\u0000`,
      code.slice(0, 2),
      `${code}A`,
      `X${code}`,
      code + code,
      code.replace(/[A-Z]/, (letter) => String.fromCharCode(letter.charCodeAt(0) + 0xfee0)),
    ]);
    expect(variants.filter(isCurrencyCode)).toEqual([]);
    expect(accepted.length).toBeGreaterThan(150);
  });

  it("accepts only codes the platform's ICU knows as currencies, each with a display name", () => {
    const known = new Set(Intl.supportedValuesOf("currency"));
    const names = new Intl.DisplayNames("en", { type: "currency", fallback: "none" });
    // ISO 4217 codes newer than the ICU of Node 20: VED (Venezuela's digital bolívar, 2021).
    const newer = new Set(["VED"]);
    expect(accepted.filter((code) => !known.has(code) && !newer.has(code))).toEqual([]);
    expect(accepted.filter((code) => !newer.has(code) && names.of(code) === undefined)).toEqual([]);
  });
});
