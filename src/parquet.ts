// "coalition/parquet": datasets as Apache Parquet, the same tables as "coalition/interchange"
// writes as CSV, typed. Its own entry, because it needs the optional peer dependency
// hyparquet-writer (loaded on first use).

export { exportParquet, type ExportParquetOptions } from "./interchange/export-parquet.js";
