// The JSON Schema the package ships for editors (coalition/schema/dataset.schema.json): it
// must be the one the zod schemas generate today, and, checked by a real validator (ajv)
// on generated datasets, accept what the parser accepts and refuse what the parser
// refuses, but for the rules that span records.
import { describe, expect, it } from "vitest";
import { datasetJsonSchema, safeParseDataset } from "../../src/schema.js";
import Ajv2020 from "ajv/dist/2020.js";
import { datePrecision, isCountryCode, isCurrencyCode, type DatasetIssueCode } from "../../src/index.js";
import { withValue } from "../parse/valid-dataset.js";

/**
 * The shipped schema compiled by a real JSON Schema validator (ajv, draft 2020-12,
 * strict: an unknown keyword is an error). `format` is an annotation in draft 2020-12,
 * as editors read it: addresses are held to http(s) by the schema's `pattern`.
 */
const validator = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(datasetJsonSchema());

/** The places (instance paths) and reasons the schema refuses `value` for; [] when it accepts it. */
function validate(value: unknown): string[] {
  if (validator(value)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || "$"}: ${error.message ?? error.keyword}`);
}

describe("the JSON Schema and the parser", () => {
  /**
   * What the JSON Schema cannot state, by the issue code the parser owes: rules across
   * records (references, ids, intervals, phrases, speakers, dates against sources,
   * taxonomy cycles, a currency that depends on the unit), and the nesting limit
   * (validators recurse; the parser does not). Typed over every code: a new code must
   * be placed here or among those the schema refuses.
   */
  const PARSER_ONLY: Readonly<Record<DatasetIssueCode, boolean>> = {
    duplicate_id: true,
    unknown_reference: true,
    wrong_reference_kind: true,
    interval_reversed: true,
    invalid_range: true,
    overlapping_intervals: true,
    dates_out_of_order: true,
    date_after_source: true,
    currency_required: true,
    currency_not_allowed: true,
    unknown_stance_phrase: true,
    stance_phrase_mismatch: true,
    speaker_mismatch: true,
    person_not_in_institution: true,
    taxonomy_cycle: true,
    too_deep: true,
    invalid_supersedes: true,
    unresolved_extends: true,
    extends_mismatch: true,
    extends_cycle: true,
    conflicting_redefinition: true,
    invalid_base: true,
    invalid_type: false,
    missing_field: false,
    unknown_field: false,
    invalid_value: false,
    invalid_format: false,
    too_long: false,
    too_short: false,
    too_many_issues: false,
    out_of_range: false,
    missing_source: false,
    invalid_date: false,
    invalid_country_code: false,
    invalid_currency_code: false,
  };

  it("agree on dates: the schema's pattern accepts exactly the real calendar dates the parser accepts", () => {
    const definitions = datasetJsonSchema().$defs as Record<string, { pattern: string }>;
    const partial = new RegExp(definitions.PartialDate?.pattern ?? "", "u");
    const orUnknown = new RegExp(definitions.DateOrUnknown?.pattern ?? "", "u");
    const two = (n: number) => String(n).padStart(2, "0");
    const candidates = ["unknown", "", "2025-1-1", "2025-03-13T00:00", " 2025", "25", "20255", "2025-03-", "2025--03", "２０２５"];
    for (const year of ["0000", "0004", "0100", "1600", "1700", "1900", "1996", "2000", "2023", "2024", "2025", "2100", "2400", "9996", "9999"]) {
      candidates.push(year);
      for (let month = 0; month <= 13; month++) {
        candidates.push(`${year}-${two(month)}`);
        for (let day = 0; day <= 32; day++) candidates.push(`${year}-${two(month)}-${two(day)}`);
      }
    }
    const disagreements = candidates.filter((date) => {
      const precision = datePrecision(date);
      return partial.test(date) !== (precision !== undefined && precision !== "unknown") || orUnknown.test(date) !== (precision !== undefined);
    });
    expect(disagreements).toEqual([]);
    expect(candidates.filter((date) => partial.test(date)).length).toBeGreaterThan(5000);
  });

  it("agree on addresses: only http and https, in any case", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://example.org/"]) {
      const document = withValue(["sources", 0, "url"], url);
      expect([validate(document).length > 0, safeParseDataset(document).success], url).toEqual([true, false]);
    }
    for (const url of ["https://example.org/a?b#c", "HTTP://EXAMPLE.ORG"]) {
      const document = withValue(["sources", 0, "url"], url);
      expect([validate(document), safeParseDataset(document).success], url).toEqual([[], true]);
    }
  });

  it("agree on country and currency codes: the schema lists exactly the codes the parser accepts", () => {
    const definitions = datasetJsonSchema().$defs as Record<string, { enum: string[] }>;
    const letters = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
    const pairs = letters.flatMap((a) => letters.map((b) => a + b));
    const triples = pairs.flatMap((pair) => letters.map((c) => pair + c));
    expect(definitions.CountryCode?.enum).toEqual(pairs.filter(isCountryCode));
    expect(definitions.CurrencyCode?.enum).toEqual(triples.filter(isCurrencyCode));
  });
});
