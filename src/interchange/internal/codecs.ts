// Field codecs: each writes one field of a record into its columns and reads it back,
// saying which column each part of the value came from, so that the parser's issues
// can be told by file, row and column. Composite values (a speaker, a location, a
// quantity, a condition) spread over several columns or one cell of text.
import type { PathSegment, PlainIssueCode } from "../../parse/dataset-issue.js";
import {
  NOT_APPLICABLE,
  NOT_GIVEN,
  UNKNOWN,
  type CellValue,
  type ColumnSpec,
  type ColumnType,
  type MissingToken,
} from "./columns.js";

/** Where a codec reads its cells, and where it reports what it finds. */
export interface CellSource {
  /** The text of the cell of `column` ("" when the file has no such column). */
  text(column: string): string;
  /** A problem with the cell of `column` (`invalid_format` unless `code` says): its value is left out of the record. */
  problem(column: string, message: string, code?: PlainIssueCode): void;
  /** The value at `path` (below the record) was read from `column`. */
  from(path: readonly PathSegment[], column: string): void;
}

/** A record being written or read: plain data, read by field name. */
export type Fields = Record<string, unknown>;

/** One field of a record (or a group of them) and its columns. */
export interface FieldCodec extends FieldReader {
  /** Pushes one cell per column. */
  write(record: Readonly<Fields>, out: CellValue[]): void;
}

/** The reading half of a codec: all a table that is only read (the commitments sheet) needs. */
export interface FieldReader {
  readonly columns: readonly ColumnSpec[];
  /** Sets the field on `into` from the cells, or leaves it out. */
  read(cells: CellSource, into: Fields): void;
}

/** The options of a one-column codec. */
export interface ColumnOptions {
  readonly required?: boolean;
  readonly values?: readonly string[];
  readonly pattern?: string;
  /** The model's `"unknown"` may stand in it (a date that may be unknown). */
  readonly unknown?: boolean;
}

/** The missing tokens of a one-column field: not given, unless required; unknown where allowed. */
function missingOf(options: ColumnOptions): readonly MissingToken[] {
  const tokens: MissingToken[] = options.required === true ? [] : [NOT_GIVEN];
  if (options.unknown === true) tokens.push(UNKNOWN);
  return tokens;
}

/** A column spec from its parts. */
export function column(name: string, type: ColumnType, description: string, options: ColumnOptions = {}, missing = missingOf(options)): ColumnSpec {
  return {
    name,
    type,
    description,
    ...(options.required === true ? { required: true } : {}),
    ...(options.values === undefined ? {} : { values: options.values }),
    ...(options.pattern === undefined ? {} : { pattern: options.pattern }),
    ...(missing.length === 0 ? {} : { missing }),
  };
}

const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^-?\d+$/;

/** A cell's text read as `type`, or a problem's message. */
export function readCell(type: ColumnType, text: string): { value: unknown } | { problem: string } {
  switch (type) {
    case "number":
      return NUMBER.test(text) ? { value: Number(text) } : { problem: `${JSON.stringify(text)} is not a number` };
    case "integer":
      return INTEGER.test(text) ? { value: Number(text) } : { problem: `${JSON.stringify(text)} is not a whole number` };
    case "boolean":
      return text === "true" || text === "false" ? { value: text === "true" } : { problem: `${JSON.stringify(text)} is neither true nor false` };
    case "ids": {
      const items = text.split(";").map((item) => item.trim());
      return items.includes("") ? { problem: `${JSON.stringify(text)} has an empty item: ids are separated by ";"` } : { value: items };
    }
    case "texts":
      return readTexts(text, (item) => typeof item === "string", "texts, such as [\"one\", \"two\"]");
    case "json":
      return readTexts(text, (item) => typeof item === "object" && item !== null && !Array.isArray(item), "objects, such as [{\"actor\": \"GB\"}]");
    default:
      return { value: text };
  }
}

/** A JSON array whose every item is `what`. */
function readTexts(text: string, isItem: (item: unknown) => boolean, what: string): { value: unknown } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (Array.isArray(value) && value.every(isItem)) return { value };
  return { problem: `${JSON.stringify(text.slice(0, 60))} is not a JSON array of ${what}` };
}

/** A cell of a field as written: a list joined, a value as it is, an absent value as not given. */
export function cellOf(type: ColumnType, value: unknown): CellValue {
  if (value === undefined) return NOT_GIVEN;
  if (type === "ids") return (value as readonly string[]).join(";");
  if (type === "texts" || type === "json") return JSON.stringify(value);
  return value as CellValue;
}

/**
 * One field in one column. An empty cell leaves the field out (so does `n/a`, where
 * the column declares it); the parser then says whether it may be left out.
 */
export function field(name: string, columnName: string, type: ColumnType, description: string, options: ColumnOptions = {}): FieldCodec {
  const spec = column(columnName, type, description, options);
  return {
    columns: [spec],
    write(record, out) {
      out.push(cellOf(type, record[name]));
    },
    read(cells, into) {
      cells.from([name], columnName);
      readInto(cells, spec, name, into);
    },
  };
}

/** Reads the cell of `spec` into `into[name]`, unless it is missing or has a problem. */
export function readInto(cells: CellSource, spec: ColumnSpec, name: string, into: Fields): void {
  const text = cells.text(spec.name);
  if (text === NOT_GIVEN || (text === NOT_APPLICABLE && spec.missing?.includes(NOT_APPLICABLE) === true)) return;
  const read = readCell(spec.type, text);
  if ("problem" in read) cells.problem(spec.name, read.problem);
  else into[name] = read.value;
}
