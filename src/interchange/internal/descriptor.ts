// The Frictionless Data Package descriptor (datapackage.json, profile 2.0): one tabular
// resource per table, each with its Table Schema (types, constraints, primary and
// foreign keys) and labelled missing values, so that "not given", "unknown" and "not
// applicable" stay apart.
import type { Dataset } from "../../model/types.js";
import { MISSING_VALUES, NOT_GIVEN, type ColumnSpec } from "./columns.js";
import { columnsOf, type TableSpec } from "./table-spec.js";

export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
export const TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";

const TYPES = { string: "string", number: "number", integer: "integer", boolean: "boolean", ids: "string", texts: "array", json: "array" } as const;

/** The descriptor of the tables of `dataset`, as a JSON object. */
export function dataPackageDescriptor(dataset: Dataset, tables: readonly TableSpec[]): Record<string, unknown> {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: dataset.id,
    title: dataset.title,
    ...(dataset.description === undefined ? {} : { description: dataset.description }),
    ...(dataset.version === undefined ? {} : { version: dataset.version }),
    resources: tables.map((table) => ({
      name: table.name,
      type: "table",
      path: `${table.name}.csv`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      description: table.description,
      schema: tableSchema(table),
    })),
  };
}

function tableSchema(table: TableSpec): Record<string, unknown> {
  return {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: columnsOf(table).map(fieldOf),
    primaryKey: table.primaryKey,
    ...(table.foreignKeys.length === 0
      ? {}
      : { foreignKeys: table.foreignKeys.map((key) => ({ fields: key.columns, reference: { resource: key.table, fields: key.to } })) }),
    // Every column may be left empty where its field is optional; columns with other
    // tokens say so in their own missingValues.
    missingValues: [labelled(NOT_GIVEN)],
  };
}

function fieldOf(spec: ColumnSpec): Record<string, unknown> {
  const tokens = spec.missing ?? [];
  // A required column that may hold a token (a date that may be "unknown") cannot say
  // required: the token reads as missing. Its pattern refuses an empty cell instead.
  const constraints = {
    ...(spec.required === true && tokens.length === 0 ? { required: true } : {}),
    ...(spec.values === undefined ? {} : { enum: spec.values }),
    ...(spec.pattern === undefined ? {} : { pattern: spec.pattern }),
  };
  const own = tokens.length > 1 || (tokens.length === 1 && tokens[0] !== NOT_GIVEN);
  return {
    name: spec.name,
    type: TYPES[spec.type],
    description: spec.description,
    ...(Object.keys(constraints).length === 0 ? {} : { constraints }),
    ...(own ? { missingValues: tokens.map(labelled) } : {}),
  };
}

function labelled(token: string): { value: string; label: string } {
  const { value, label } = MISSING_VALUES.find((entry) => entry.value === token) as (typeof MISSING_VALUES)[number];
  return { value, label };
}
