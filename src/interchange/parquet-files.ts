import type { Dataset } from "../model/types.js";
import type { ParquetWriterModule } from "./internal/load-writer.js";
import { writeParquetTables } from "./internal/write-parquet.js";
import type { InterchangeFile } from "./types.js";

/**
 * The Parquet files of a dataset, written at once with a writer the caller has loaded:
 * the command line bundles hyparquet-writer and cannot wait for a promise.
 * @internal
 */
export function parquetFiles(dataset: Dataset, writer: ParquetWriterModule, rowGroupSize: number): InterchangeFile[] {
  return writeParquetTables(dataset, writer, rowGroupSize);
}
