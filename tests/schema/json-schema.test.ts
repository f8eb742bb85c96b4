// The JSON Schema the package ships for editors (coalition/schema/dataset.schema.json): it
// must be the one the zod schemas generate today, and, checked by a real validator (ajv)
// on generated datasets, accept what the parser accepts and refuse what the parser
// refuses, but for the rules that span records.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_PATH, jsonSchemaText } from "../../scripts/generate-json-schema.js";
import { datasetJsonSchema, safeParseDataset } from "../../src/schema.js";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { datePrecision, isCountryCode, isCurrencyCode, type DatasetIssueCode } from "../../src/index.js";
import { MUTATOR_NAMES, mutationOf, validDatasetDocument } from "../arbitraries/dataset.js";
import { validDataset, withValue, without } from "../parse/valid-dataset.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

type JsonSchema = { readonly [keyword: string]: unknown };

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

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(resolve(root, path), "utf8"));
}

/** Every object schema in the document, with where it is. */
function objectSchemas(schema: unknown, at = "$"): { at: string; schema: JsonSchema }[] {
  if (Array.isArray(schema)) return schema.flatMap((item, i) => objectSchemas(item, `${at}[${i}]`));
  if (typeof schema !== "object" || schema === null) return [];
  const own = (schema as JsonSchema).type === "object" ? [{ at, schema: schema as JsonSchema }] : [];
  return [...own, ...Object.entries(schema).flatMap(([key, sub]) => objectSchemas(sub, `${at}.${key}`))];
}

describe("schema/dataset.schema.json", () => {
  it("is the schema the zod schemas generate today", () => {
    const stale =
      "schema/dataset.schema.json is missing or out of date with src/schema/: " +
      "run `npx tsx scripts/generate-json-schema.ts` (npm run schema) and commit the result";
    expect(existsSync(JSON_SCHEMA_PATH), stale).toBe(true);
    expect(readFileSync(JSON_SCHEMA_PATH, "utf8"), stale).toBe(jsonSchemaText());
  });

  it("is pretty-printed with a trailing newline", () => {
    const text = jsonSchemaText();
    expect(text.endsWith("}\n")).toBe(true);
    expect(text.split("\n")[1]).toMatch(/^ {2}"/);
  });

  it("is the file the package exports as coalition/schema/dataset.schema.json", () => {
    const manifest = readJson("package.json") as { exports: Record<string, unknown>; files: string[] };
    expect(manifest.exports["./schema/dataset.schema.json"]).toBe("./schema/dataset.schema.json");
    expect(manifest.files).toContain("schema");
  });
});

describe("datasetJsonSchema", () => {
  const schema = datasetJsonSchema();
  const commitment = ((schema.properties as Record<string, JsonSchema>).commitments?.items ?? {}) as JsonSchema;

  it("is a draft 2020-12 schema requiring only the dataset's id and title", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["id", "title"]);
  });

  it("refuses unknown fields on the dataset and on a commitment", () => {
    expect(schema.additionalProperties).toBe(false);
    expect(commitment.additionalProperties).toBe(false);
  });

  it("requires the fields a commitment cannot do without", () => {
    expect(commitment.required).toEqual(["id", "actor", "type", "stance", "date", "sources"]);
  });

  it("refuses unknown fields on every object, as the parser does", () => {
    const open = objectSchemas(schema).filter(({ schema: object }) => object.additionalProperties !== false);
    expect(open.map(({ at }) => at)).toEqual([]);
  });

  it("accepts a minimal dataset", () => {
    expect(validate({ id: "demo", title: "Demo" })).toEqual([]);
  });

  it("accepts a dataset that uses every collection", () => {
    expect(validate(validDataset())).toEqual([]);
  });

  it.each(["fixtures/reference.json", "fixtures/coalition-of-the-willing-2025-03-13.json"])("accepts the shipped %s", (path) => {
    expect(validate(readJson(path))).toEqual([]);
  });

  it("rejects a commitment with a field it does not know", () => {
    expect(validate(withValue(["commitments", 0, "stanse"], "ready"))).toContain("/commitments/0: must NOT have additional properties");
  });

  it("rejects a dataset without a title, and a condition of an unknown kind", () => {
    expect(validate(without(["title"]))).toEqual(["$: must have required property 'title'"]);
    expect(validate(withValue(["coalitions", 0, "condition"], { kind: "wish" }))).toContain("/coalitions/0/condition: must match exactly one schema in oneOf");
  });
});

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
        const { document: broken, expectedCode } = mutationOf(mutator, document, choice);
        expect(safeParseDataset(broken).success, mutator).toBe(false);
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
