// One measurement of the interchange suite, in a process of its own so that its peak
// memory (the process's maximum resident set, which DuckDB's native memory counts in)
// is its own. Prints one line of JSON.
//
//   node --import tsx bench/interchange-worker.ts dataset N     generate, parse, export to Parquet, aggregate in the library and in DuckDB
//   node --import tsx bench/interchange-worker.ts chunked N C   generate N commitments straight to Parquet, C at a time, then aggregate in DuckDB
import { DuckDBInstance } from "@duckdb/node-api";
import { fileWriter, ParquetWriter, schemaFromColumnData } from "hyparquet-writer";
import { isDeepStrictEqual } from "node:util";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aggregateCommitments, type Dataset } from "../src/index.js";
import { TABLES } from "../src/interchange/internal/tables.js";
import { tableRows } from "../src/interchange/internal/write-tables.js";
import { exportParquet } from "../src/parquet.js";
import { parquetColumns, pushRows } from "../src/interchange/internal/parquet-columns.js";
import { parseDataset } from "../src/schema.js";
import { duckAggregate, guideSql, libraryBuckets } from "./duckdb-aggregate.js";
import { generateDataset } from "./generate-dataset.js";

export const AS_OF = "2022-06-30";
const MIN_STANCE = "open";
const peakMiB = () => process.resourceUsage().maxRSS / 1024;
const since = (start: number) => performance.now() - start;

async function duckByType(dir: string): Promise<{ ms: number; buckets: unknown[] }> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run(`SET file_search_path = '${dir}'`);
  const start = performance.now();
  const buckets = await duckAggregate(connection, guideSql()[2] as string, AS_OF, MIN_STANCE);
  return { ms: since(start), buckets };
}

const bytesIn = (dir: string) => readdirSync(dir).reduce((sum, name) => sum + statSync(join(dir, name)).size, 0);

/** A dataset in memory: generated, parsed, exported to Parquet, aggregated by the library and by DuckDB. */
async function whole(n: number): Promise<Record<string, unknown>> {
  let start = performance.now();
  const document = generateDataset(n, { seed: 42 });
  const generateMs = since(start);
  start = performance.now();
  const dataset = parseDataset(document);
  const parseMs = since(start);
  const dir = mkdtempSync(join(tmpdir(), "coalition-bench-"));
  start = performance.now();
  const { files } = await exportParquet(dataset);
  const exportMs = since(start);
  for (const file of files) if ("bytes" in file) writeFileSync(join(dir, file.path), file.bytes);
  start = performance.now();
  const library = aggregateCommitments(dataset, { by: "type", asOf: AS_OF, minStance: MIN_STANCE });
  const libraryMs = since(start);
  const duck = await duckByType(dir);
  const equal = isDeepStrictEqual(duck.buckets, libraryBuckets(library));
  const result = { generateMs, parseMs, exportMs, bytes: bytesIn(dir), libraryMs, duckMs: duck.ms, buckets: library.buckets.length, equal, peakMiB: peakMiB() };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** The tables the aggregation reads, written chunk by chunk. */
const CHUNKED_TABLES = ["sources", "contribution-types", "institutions", "commitments", "fulfilment-steps", "claims"];

/**
 * One chunk of a dataset too large to hold: a generated dataset whose own ids (its
 * commitments, sources and agencies) are made unique to the chunk; states, their
 * institutions and the taxonomy are shared by all chunks. The generator's documents are
 * valid by construction (its tests parse them), and the parse is measured at 1M: the
 * chunks go to the tables as they are, unparsed.
 */
function chunk(k: number, size: number): Dataset {
  const { proposals: _p, positions: _q, events: _e, coalitions: _c, ...document } = generateDataset(size, { seed: 1000 + k }) as Record<string, unknown>;
  const text = JSON.stringify(document)
    .replace(/"src-(\d+)"/g, `"k${k}-src-$1"`)
    .replace(/"c(\d{7})"/g, `"k${k}-c$1"`)
    .replace(/"ag-(\d{5})"/g, `"k${k}-ag-$1"`)
    .replace(/,"coalition":"gen-coalition"/g, "");
  const parsed = JSON.parse(text) as { organizations: { id: string }[] };
  // Blocs are shared names with memberships of their own in every chunk: the aggregation by type needs none.
  parsed.organizations = parsed.organizations.filter((organization) => !organization.id.startsWith("bloc-"));
  return { ...parsed, coalitions: [], events: [], proposals: [], positions: [], pledgeCounts: [] } as unknown as Dataset;
}

async function chunked(n: number, size: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), "coalition-bench-"));
  const tables = TABLES.filter((table) => CHUNKED_TABLES.includes(table.name));
  const writers = new Map<string, ParquetWriter>();
  const start = performance.now();
  for (let k = 0; k * size < n; k++) {
    const dataset = chunk(k, Math.min(size, n - k * size));
    for (const table of tables) {
      if ((table.name === "contribution-types" || table.name === "institutions") && k > 0) continue;
      const columns = parquetColumns(table);
      pushRows(table, columns, tableRows(table, dataset).rows);
      const columnData = columns.map((column) => ({ ...column, data: column.data as never }));
      let writer = writers.get(table.name);
      if (writer === undefined) {
        writer = new ParquetWriter({ writer: fileWriter(join(dir, `${table.name}.parquet`)), schema: schemaFromColumnData({ columnData }) });
        writers.set(table.name, writer);
      }
      await writer.write({ columnData, rowGroupSize: 100_000 });
    }
  }
  for (const writer of writers.values()) await writer.finish();
  const writeMs = since(start);
  const duck = await duckByType(dir);
  const result = { writeMs, bytes: bytesIn(dir), duckMs: duck.ms, buckets: duck.buckets.length, peakMiB: peakMiB() };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

const [mode, n, size] = process.argv.slice(2);
const result = mode === "chunked" ? await chunked(Number(n), Number(size ?? 250_000)) : await whole(Number(n));
process.stdout.write(`${JSON.stringify(result)}\n`);
