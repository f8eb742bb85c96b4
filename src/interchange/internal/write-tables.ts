// A dataset as rows, table by table: the one place where records become cells, for the
// CSV writer and the Parquet writer alike.
import type { Dataset } from "../../model/types.js";
import type { CellValue } from "./columns.js";
import { columnsOf, type TableSpec } from "./table-spec.js";

/** The header of a table and its rows. */
export interface TableRows {
  readonly table: TableSpec;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}

/** The rows of one table of a dataset, in the dataset's order. */
export function tableRows(table: TableSpec, dataset: Dataset): TableRows {
  const rows: CellValue[][] = [];
  table.each(dataset, (record, keys) => {
    const row: CellValue[] = [...keys];
    for (const codec of table.fields) codec.write(record, row);
    rows.push(row);
  });
  return { table, header: columnsOf(table).map((spec) => spec.name), rows };
}
