// A table's rows as Parquet columns, typed as its Table Schema says: text (lists and
// JSON arrays of texts as their text), DOUBLE, INT32 and BOOLEAN. A cell not given and
// one not applicable are both null (the row's kind column tells them apart); the
// model's "unknown" date stays the text "unknown", as in the JSON.
import { NOT_APPLICABLE, NOT_GIVEN, type CellValue, type ColumnSpec } from "./columns.js";
import { columnsOf, type TableSpec } from "./table-spec.js";

/** The Parquet type of each column type. */
const PARQUET_TYPES = { string: "STRING", ids: "STRING", texts: "STRING", json: "STRING", number: "DOUBLE", integer: "INT32", boolean: "BOOLEAN" } as const;

/** One column as hyparquet-writer takes it. */
export interface ParquetColumn {
  readonly name: string;
  readonly type: (typeof PARQUET_TYPES)[keyof typeof PARQUET_TYPES];
  readonly nullable: boolean;
  readonly data: (string | number | boolean | null)[];
}

/** The columns of a table, empty, to be filled by {@link pushRows}. */
export function parquetColumns(table: TableSpec): ParquetColumn[] {
  return columnsOf(table).map((spec) => ({ name: spec.name, type: PARQUET_TYPES[spec.type], nullable: spec.required !== true, data: [] }));
}

/** Appends rows to the columns, each cell as its column's type or null. */
export function pushRows(table: TableSpec, columns: readonly ParquetColumn[], rows: readonly (readonly CellValue[])[]): void {
  const specs = columnsOf(table);
  specs.forEach((spec, c) => {
    const data = (columns[c] as ParquetColumn).data;
    const typed = spec.type === "number" || spec.type === "integer" || spec.type === "boolean";
    for (const row of rows) data.push(typed ? typedCell(row[c]) : textCell(spec, row[c]));
  });
}

function typedCell(cell: CellValue | undefined): number | boolean | null {
  return typeof cell === "number" || typeof cell === "boolean" ? cell : null;
}

function textCell(spec: ColumnSpec, cell: CellValue | undefined): string | null {
  if (cell === undefined || cell === NOT_GIVEN) return null;
  if (cell === NOT_APPLICABLE && spec.missing?.includes(NOT_APPLICABLE) === true) return null;
  return String(cell);
}
