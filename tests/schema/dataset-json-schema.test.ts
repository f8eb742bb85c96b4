// The JSON Schema the package ships for editors (coalition/schema/dataset.schema.json): it
// must be the one the zod schemas generate today, and, checked by a real validator (ajv)
// on generated datasets, accept what the parser accepts and refuse what the parser
// refuses, but for the rules that span records.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_PATH, jsonSchemaText } from "../../scripts/generate-json-schema.js";
import { datasetJsonSchema } from "../../src/schema.js";
import Ajv2020 from "ajv/dist/2020.js";
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
