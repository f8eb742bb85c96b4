import { missingDependency } from "../../internal/errors.js";

/** What the Parquet export uses of hyparquet-writer. */
export type ParquetWriterModule = Pick<typeof import("hyparquet-writer"), "parquetWriteBuffer" | "ParquetWriter" | "ByteWriter">;

/**
 * hyparquet-writer, the optional peer dependency, loaded on first use: a consumer who
 * never writes Parquet need not install it. Missing, it is a plain error saying what to
 * install.
 * @throws {CoalitionError} `missing_dependency` when it cannot be loaded.
 */
export async function loadParquetWriter(load: () => Promise<ParquetWriterModule> = () => import("hyparquet-writer")): Promise<ParquetWriterModule> {
  try {
    return await load();
  } catch (error) {
    const reason = error instanceof Error ? ` (${error.message.split("\n")[0]})` : "";
    throw missingDependency("hyparquet-writer", `coalition/parquet needs the package hyparquet-writer: npm install hyparquet-writer${reason}`);
  }
}
