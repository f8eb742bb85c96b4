// The JSON Schema the package ships for editors (coalition/schema/dataset.schema.json): it
// must be the one the zod schemas generate today, and, checked by a real validator (ajv)
// on generated datasets, accept what the parser accepts and refuse what the parser
// refuses, but for the rules that span records.
import { describe, expect, it } from "vitest";
import { datasetJsonSchema, safeParseDataset } from "../../src/schema.js";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { type DatasetIssueCode } from "../../src/index.js";
import { MUTATOR_NAMES, mutationOf, validDatasetDocument } from "../arbitraries/dataset.js";

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
  it("agree on every generated valid dataset: both accept it", () => {
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 8 }), (document) => {
        expect(validate(document)).toEqual([]);
        expect(safeParseDataset(document).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

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

  it("agree on every generated broken dataset: the parser refuses it, and so does the schema unless the rule spans records", () => {
    const seen = { refused: 0, parserOnly: 0 };
    fc.assert(
      fc.property(validDatasetDocument({ maxRecords: 6 }), fc.constantFrom(...MUTATOR_NAMES), fc.nat(), (document, mutator, choice) => {
        const { document: broken, expectedCode, options } = mutationOf(mutator, document, choice);
        expect(safeParseDataset(broken, options).success, mutator).toBe(false);
        // A validator recurses once per level: a condition past the nesting limit overflows its stack.
        if (expectedCode === "too_deep") return;
        const refused = validate(broken).length > 0;
        expect({ mutator, refused }).toEqual({ mutator, refused: !PARSER_ONLY[expectedCode] });
        seen[refused ? "refused" : "parserOnly"]++;
      }),
      { numRuns: 600 },
    );
    expect(seen.refused).toBeGreaterThan(100);
    expect(seen.parserOnly).toBeGreaterThan(100);
  });
});
