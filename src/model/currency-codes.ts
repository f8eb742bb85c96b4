/** Active ISO 4217 currency codes (list of 2025), fund and precious-metal codes excluded. */
const CODES =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF " +
  "CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF " +
  "IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK " +
  "MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR " +
  "SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED " +
  "VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG";

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
  currencyCodes ??= new Set(CODES.split(" "));
  return currencyCodes.has(code);
}
