// The JSON Schema the package ships for editors (coalition/schema/dataset.schema.json): it
// must be the one the zod schemas generate today, and it must accept what the parser
// accepts and refuse a record with a field the parser does not know.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_PATH, jsonSchemaText } from "../../scripts/generate-json-schema.js";
import { datasetJsonSchema } from "../../src/schema.js";
import { validDataset, withValue, without } from "../parse/valid-dataset.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

type JsonSchema = { readonly [keyword: string]: unknown };

const ANNOTATIONS = new Set(["$schema", "$defs", "title", "description", "default", "format"]);

/**
 * A deliberately small validator for the keywords the generated schema uses. It
 * throws on any other keyword, so a schema that starts using one cannot pass unseen.
 * Returns the paths and reasons of every failure.
 */
function validate(schema: JsonSchema, value: unknown, rootSchema: JsonSchema = schema, at = "$"): string[] {
  const errors: string[] = [];
  const fail = (reason: string) => errors.push(`${at}: ${reason}`);
  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case "$ref": {
        const name = /^#\/\$defs\/(.+)$/.exec(String(rule))?.[1];
        const target =
          name === undefined ? undefined : ((rootSchema.$defs as Record<string, JsonSchema> | undefined) ?? {})[name];
        if (target === undefined) throw new Error(`unresolved $ref ${String(rule)}`);
        errors.push(...validate(target, value, rootSchema, at));
        break;
      }
      case "type": {
        const is =
          rule === "object"
            ? typeof value === "object" && value !== null && !Array.isArray(value)
            : rule === "array"
            ? Array.isArray(value)
            : rule === "integer"
            ? Number.isInteger(value)
            : rule === "null"
            ? value === null
            : typeof value === rule;
        if (!is) fail(`not of type ${String(rule)}`);
        break;
      }
      case "enum":
        if (!(rule as unknown[]).includes(value)) fail(`not one of ${JSON.stringify(rule)}`);
        break;
      case "const":
        if (value !== rule) fail(`not ${JSON.stringify(rule)}`);
        break;
      case "properties":
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          for (const [key, sub] of Object.entries(rule as Record<string, JsonSchema>)) {
            if (Object.hasOwn(value, key))
              errors.push(...validate(sub, (value as Record<string, unknown>)[key], rootSchema, `${at}.${key}`));
          }
        }
        break;
      case "required":
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          for (const key of rule as string[]) if (!Object.hasOwn(value, key)) fail(`missing ${key}`);
        }
        break;
      case "additionalProperties":
        if (typeof value === "object" && value !== null && !Array.isArray(value)) {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const key of Object.keys(value)) {
            if (known.includes(key)) continue;
            if (rule === false) fail(`unknown field ${key}`);
            else
              errors.push(
                ...validate(rule as JsonSchema, (value as Record<string, unknown>)[key], rootSchema, `${at}.${key}`)
              );
          }
        }
        break;
      case "items":
        if (Array.isArray(value))
          value.forEach((item, i) => errors.push(...validate(rule as JsonSchema, item, rootSchema, `${at}[${i}]`)));
        break;
      case "minItems":
        if (Array.isArray(value) && value.length < Number(rule)) fail(`fewer than ${String(rule)} items`);
        break;
      case "minLength":
        if (typeof value === "string" && [...value].length < Number(rule)) fail(`shorter than ${String(rule)}`);
        break;
      case "maxLength":
        if (typeof value === "string" && [...value].length > Number(rule)) fail(`longer than ${String(rule)}`);
        break;
      case "pattern":
        if (typeof value === "string" && !new RegExp(String(rule), "u").test(value))
          fail(`does not match ${String(rule)}`);
        break;
      case "minimum":
        if (typeof value === "number" && value < Number(rule)) fail(`below ${String(rule)}`);
        break;
      case "maximum":
        if (typeof value === "number" && value > Number(rule)) fail(`above ${String(rule)}`);
        break;
      case "allOf":
        for (const sub of rule as JsonSchema[]) errors.push(...validate(sub, value, rootSchema, at));
        break;
      case "anyOf":
        if (!(rule as JsonSchema[]).some((sub) => validate(sub, value, rootSchema, at).length === 0))
          fail("matches none of anyOf");
        break;
      case "oneOf": {
        const matches = (rule as JsonSchema[]).filter(
          (sub) => validate(sub, value, rootSchema, at).length === 0
        ).length;
        if (matches !== 1) fail(`matches ${matches} of oneOf, not exactly 1`);
        break;
      }
      default:
        if (!ANNOTATIONS.has(keyword)) throw new Error(`the test validator does not know the keyword ${keyword}`);
    }
  }
  return errors;
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
    expect(validate(schema, { id: "demo", title: "Demo" })).toEqual([]);
  });

  it("accepts a dataset that uses every collection", () => {
    expect(validate(schema, validDataset())).toEqual([]);
  });

  it.each(["fixtures/reference.json", "fixtures/coalition-of-the-willing-2025-03-13.json"])(
    "accepts the shipped %s",
    (path) => {
      expect(validate(schema, readJson(path))).toEqual([]);
    }
  );

  it("rejects a commitment with a field it does not know", () => {
    expect(validate(schema, withValue(["commitments", 0, "stanse"], "ready"))).toEqual([
      "$.commitments[0]: unknown field stanse",
    ]);
  });

  it("rejects a dataset without a title, and a condition of an unknown kind", () => {
    expect(validate(schema, without(["title"]))).toEqual(["$: missing title"]);
    expect(validate(schema, withValue(["coalitions", 0, "condition"], { kind: "wish" }))).toEqual([
      "$.coalitions[0].condition: matches 0 of oneOf, not exactly 1",
    ]);
  });
});
