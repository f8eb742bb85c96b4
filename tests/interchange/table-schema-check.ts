// A check of CSV tables against their Table Schema (Data Package 2.0), written for the
// tests from the standard's text, apart from the library's reader: the header holds the
// schema's fields in order; a cell that is one of its field's missing values is null,
// which a required field refuses; any other cell casts to the field's type (string,
// number, integer, boolean, array) and meets its constraints (enum, pattern); primary
// keys are unique; every foreign key names a row of the table it points to.
import Papa from "papaparse";

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
  missingValues?: (string | { value: string })[];
}
interface Schema {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues?: (string | { value: string })[];
}
interface Resource {
  name: string;
  path: string;
  schema: Schema;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$|^(NaN|INF|-INF)$/;
const INTEGER = /^[+-]?\d+$/;
const tokens = (list: (string | { value: string })[] | undefined) => (list ?? [""]).map((item) => (typeof item === "string" ? item : item.value));

/** Every problem of the tables, as `file row N column C: what`; empty when they conform. */
export function checkTables(descriptor: { resources: Resource[] }, files: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const rows = new Map<string, (string | null)[][]>();
  for (const resource of descriptor.resources) {
    const text = files.get(resource.path);
    if (text === undefined) {
      problems.push(`${resource.path}: missing`);
      continue;
    }
    const parsed = Papa.parse<string[]>(text.replace(/\r\n$/, ""), { delimiter: ",", newline: "\r\n" });
    for (const error of parsed.errors) problems.push(`${resource.path}: ${error.message}`);
    const [header = [], ...data] = parsed.data;
    const names = resource.schema.fields.map((field) => field.name);
    if (header.join(",") !== names.join(",")) problems.push(`${resource.path}: header ${header.join(",")} is not ${names.join(",")}`);
    const typed = data.map((cells, r) =>
      resource.schema.fields.map((field, c) => cast(field, resource.schema, cells[c] ?? "", (what) => problems.push(`${resource.path} row ${r + 2} column ${field.name}: ${what}`))),
    );
    rows.set(resource.name, typed);
    checkUnique(resource, typed, problems);
  }
  for (const resource of descriptor.resources) checkForeignKeys(resource, descriptor.resources, rows, problems);
  return problems;
}

function cast(field: Field, schema: Schema, cell: string, problem: (what: string) => void): string | null {
  if (tokens(field.missingValues ?? schema.missingValues).includes(cell)) {
    if (field.constraints?.required === true) problem("required, and missing");
    return null;
  }
  const valid =
    field.type === "number"
      ? NUMBER.test(cell)
      : field.type === "integer"
        ? INTEGER.test(cell)
        : field.type === "boolean"
          ? ["true", "false", "True", "False", "TRUE", "FALSE", "1", "0"].includes(cell)
          : field.type === "array"
            ? isJsonArray(cell)
            : field.type === "string";
  if (!valid) problem(`${JSON.stringify(cell.slice(0, 40))} is not of type ${field.type}`);
  if (field.constraints?.enum !== undefined && !field.constraints.enum.includes(cell)) problem(`${JSON.stringify(cell)} is not in its enum`);
  if (field.constraints?.pattern !== undefined && !new RegExp(`^(?:${field.constraints.pattern})$`, "u").test(cell)) problem(`${JSON.stringify(cell.slice(0, 40))} does not match ${field.constraints.pattern}`);
  return cell;
}

function isJsonArray(cell: string): boolean {
  try {
    return Array.isArray(JSON.parse(cell));
  } catch {
    return false;
  }
}

function checkUnique(resource: Resource, rows: (string | null)[][], problems: string[]): void {
  const key = resource.schema.primaryKey ?? [];
  if (key.length === 0) return;
  const at = key.map((name) => resource.schema.fields.findIndex((field) => field.name === name));
  const seen = new Set<string>();
  for (const row of rows) {
    const value = JSON.stringify(at.map((i) => row[i]));
    if (at.some((i) => row[i] === null)) problems.push(`${resource.path}: a primary key ${value} has a missing part`);
    if (seen.has(value)) problems.push(`${resource.path}: the primary key ${value} comes twice`);
    seen.add(value);
  }
}

function checkForeignKeys(resource: Resource, resources: Resource[], rows: Map<string, (string | null)[][]>, problems: string[]): void {
  for (const key of resource.schema.foreignKeys ?? []) {
    const target = resources.find((candidate) => candidate.name === key.reference.resource);
    if (target === undefined) {
      problems.push(`${resource.path}: a foreign key names ${key.reference.resource}, which is not a resource`);
      continue;
    }
    const to = key.reference.fields.map((name) => target.schema.fields.findIndex((field) => field.name === name));
    const from = key.fields.map((name) => resource.schema.fields.findIndex((field) => field.name === name));
    const present = new Set((rows.get(target.name) ?? []).map((row) => JSON.stringify(to.map((i) => row[i]))));
    for (const row of rows.get(resource.name) ?? []) {
      if (from.some((i) => row[i] === null)) continue;
      const value = JSON.stringify(from.map((i) => row[i]));
      if (!present.has(value)) problems.push(`${resource.path}: ${key.fields.join(",")} ${value} names no row of ${target.path}`);
    }
  }
}
