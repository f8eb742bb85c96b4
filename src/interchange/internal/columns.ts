import { invalidArgument } from "../../internal/errors.js";

// The columns of the interchange tables: what each holds, in what type, and which of
// the missing-value tokens may stand in it. One description serves the CSV writer, the
// Table Schema of the Data Package, the Parquet writer and the reader.

/** The token of an optional field the record leaves out: the sources do not give it. */
export const NOT_GIVEN = "";
/** The token of a date the sources do not give: the model's own `"unknown"`. */
export const UNKNOWN = "unknown";
/** The token of a column that does not apply to the row: the currency of a count of people. */
export const NOT_APPLICABLE = "n/a";

/** A missing-value token and what it means, as the Table Schema labels it. */
export const MISSING_VALUES = [
  { value: NOT_GIVEN, label: "not given: the record leaves this optional field out (the sources do not give it)" },
  { value: UNKNOWN, label: "unknown: the sources give no date; the record counts as of its earliest source" },
  { value: NOT_APPLICABLE, label: "not applicable: this column does not apply to the row (the currency of a count of people)" },
] as const;

export type MissingToken = (typeof MISSING_VALUES)[number]["value"];

/**
 * How a column's cells are written. `ids` is a list of ids joined by `;` (ids hold no
 * `;`); `texts` a list of free texts as a JSON array, which any text survives; `json` a
 * list of records nested too deep for a table of their own (a subgroup's participants),
 * as a JSON array of objects.
 */
export type ColumnType = "string" | "number" | "integer" | "boolean" | "ids" | "texts" | "json";

/** One column of a table. */
export interface ColumnSpec {
  readonly name: string;
  readonly type: ColumnType;
  readonly description: string;
  /** Never missing. */
  readonly required?: boolean;
  /** The values it may hold. */
  readonly values?: readonly string[];
  /** A regular expression its strings match (without the anchors). */
  readonly pattern?: string;
  /** The missing-value tokens that may stand in it (none for a required column). */
  readonly missing?: readonly MissingToken[];
}

/** A cell as the writers receive it: text, a number or a boolean (tokens are text). */
export type CellValue = string | number | boolean;

// Patterns the Table Schema states, kept with the rules of src/schema/primitives.ts.
export const ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._:/+-]*";
export const IDS_PATTERN = `${ID_PATTERN}(;${ID_PATTERN})*`;
export const DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
export const COUNTRY_PATTERN = "[A-Z]{2}";
export const CURRENCY_PATTERN = "[A-Z]{3}";

/**
 * A free text written where "n/a" means not applicable, checked not to be "n/a" itself,
 * which would read back as nothing.
 * @throws {CoalitionError} `invalid_argument` when it is.
 */
export function notApplicableFree(value: string, columnName: string): string {
  if (value !== NOT_APPLICABLE) return value;
  throw invalidArgument("dataset", `cannot write "${NOT_APPLICABLE}" as the value of ${columnName}: the tables keep it for "not applicable"`);
}
