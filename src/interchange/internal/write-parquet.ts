import type { Dataset } from "../../model/types.js";
import { dataPackageDescriptor } from "./descriptor.js";
import { TABLES } from "./tables.js";
import { tableRows } from "./write-tables.js";
import type { InterchangeFile } from "../types.js";
import type { ParquetWriterModule } from "./load-writer.js";
import { parquetColumns, pushRows } from "./parquet-columns.js";

/** The key of the Parquet metadata that holds the table's Table Schema, as JSON. */
export const TABLE_SCHEMA_KEY = "frictionless:tableschema";

/** Every table of a dataset as a Parquet file, with the module given (the export loads it, the command line bundles it). */
export function writeParquetTables(dataset: Dataset, writer: ParquetWriterModule, rowGroupSize: number): InterchangeFile[] {
  const descriptor = dataPackageDescriptor(dataset, TABLES) as { resources: { name: string; schema: unknown }[] };
  return TABLES.map((table) => {
    const columns = parquetColumns(table);
    pushRows(table, columns, tableRows(table, dataset).rows);
    const schema = descriptor.resources.find((resource) => resource.name === table.name)?.schema;
    const buffer = writer.parquetWriteBuffer({
      columnData: columns.map((column) => ({ ...column, data: column.data as never })),
      rowGroupSize,
      kvMetadata: [{ key: TABLE_SCHEMA_KEY, value: JSON.stringify(schema) }],
      createdBy: "coalition",
    });
    return { path: `${table.name}.parquet`, bytes: new Uint8Array(buffer) };
  });
}
