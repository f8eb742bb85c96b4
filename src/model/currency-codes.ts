/**
 * Active ISO 4217 currency codes (list of 2025), fund and precious-metal codes excluded.
 * Grouped by first letter, the group's letter then the last two letters of each of its
 * codes ("AEDFN" is AED and AFN): a third less gzip than the codes spelt out, in every
 * bundle that checks exchange rates (issue 15).
 */
const CODES =
  "AEDFNLLMDNGOARSUDWGZN BAMBDDTGNHDIFMDNDOBRLSDTNWPYNZD CADDFHFLPNYOPRCUPVEZK DJFKKOPZD EGPRNTBUR " +
  "FJDKP GBPELHSIPMDNFTQYD HKDNLTGUF IDRLSNRQDRRSK JMDODPY KESGSHRMFPWRWWDYDZT LAKBPKRRDSLYD " +
  "MADDLGAKDMKNTOPRUURVRWKXNYRZN NADGNIOOKPRZD OMR PABENGKHPKRLNYG QAR RONSDUBWF " +
  "SARBDCRDGEKGDHPLEOSRDSPTNVCYPZL THBJSMTNDOPRYTDWDZS UAHGXSDYUZS VEDESNDUV WST XAFCDCGOFPF YER " +
  "ZARMWWG";

let currencyCodes: ReadonlySet<string> | undefined;

/**
 * Whether `code` is an active ISO 4217 currency code.
 *
 * @param code - A three-letter code, upper case.
 * @returns `true` for an active currency code; `false` for anything else.
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from "coalition";
 * isCurrencyCode("EUR");
 * //=> true
 * isCurrencyCode("XYZ");
 * //=> false
 * ```
 *
 * @category Model
 */
export function isCurrencyCode(code: string): boolean {
  currencyCodes ??= codesOf(CODES);
  return currencyCodes.has(code);
}

function codesOf(groups: string): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const group of groups.split(" ")) for (let at = 1; at < group.length; at += 2) codes.add(group.charAt(0) + group.slice(at, at + 2));
  return codes;
}
