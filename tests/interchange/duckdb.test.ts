// The SQL of the guide "At scale", run in DuckDB on the Parquet files of a generated
// dataset, gives what aggregateCommitments gives on the same data: the same buckets,
// the same actors, pledges, commitments and disputed ones, the same totals per unit.
// The blocks are read from the guide itself, so the guide cannot drift from the library.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateCommitments, type Aggregate, type Dataset, type Stance } from "../../src/index.js";
import { exportParquet } from "../../src/parquet.js";
import { parseDataset } from "../../src/schema.js";
import { generateDataset } from "../../bench/generate-dataset.js";
import { fencedBlocks } from "../docs/example-module.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const blocks = fencedBlocks(join(root, "docs/guides/at-scale.md"), root).filter((block) => block.lang === "sql");
/** The guide's statements: the parameters first, then what counts, then the two queries. */
const [, setup, byType, byStance] = blocks.map((block) => block.code);

/** The guide's query for an aggregate, run as of a day at a minimum stance, as plain data. */
export async function duckAggregate(connection: DuckDBConnection, query: string, asOf: string, minStance: Stance): Promise<unknown[]> {
  await connection.run(`SET VARIABLE as_of = ${Number(asOf.replaceAll("-", ""))}; SET VARIABLE min_stance = '${minStance}';`);
  await connection.run(setup as string);
  const rows = (await connection.runAndReadAll(query)).getRowObjectsJson() as Record<string, unknown>[];
  return rows.map((row) => ({
    key: row.key,
    actors: row.actors,
    pledges: Number(row.pledges),
    unquantified: Number(row.unquantified),
    commitments: row.commitments,
    disputed: row.disputed,
    totals: (row.totals as Record<string, unknown>[]).map(({ currency, ...total }) => ({
      ...total,
      ...(currency === null ? {} : { currency }),
      pledges: Number(total.pledges),
      quantified: Number(total.quantified),
      unquantified: Number(total.unquantified),
    })),
  }));
}

/** An aggregate's buckets as the query gives them: in the library's order (types sorted by id), totals sorted by unit and currency. */
export function libraryBuckets(aggregate: Aggregate): unknown[] {
  return [...aggregate.buckets]
    .sort((a, b) => (aggregate.by === "stance" ? 0 : String(a.key) < String(b.key) ? -1 : 1))
    .map((bucket) => ({ ...bucket, totals: [...bucket.totals].sort((a, b) => (a.unit + (a.currency ?? "") < b.unit + (b.currency ?? "") ? -1 : 1)) }));
}

let dir: string;
let dataset: Dataset;
let connection: DuckDBConnection;

beforeAll(async () => {
  dataset = parseDataset(generateDataset(20_000, { seed: 7 }));
  dir = mkdtempSync(join(tmpdir(), "coalition-duckdb-"));
  for (const file of (await exportParquet(dataset, { rowGroupSize: 5_000 })).files) if ("bytes" in file) writeFileSync(join(dir, file.path), file.bytes);
  connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run(`SET file_search_path = '${dir}'`);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the guide's SQL in DuckDB, on the Parquet files of 20,000 generated commitments", () => {
  it("has its four blocks: the parameters, what counts, by type, by stance", () => {
    expect(blocks.map((block) => block.code.split("\n")[0])).toEqual([
      "-- parameters: the day as yyyymmdd, and the weakest stance counted.",
      "-- The last day a date covers, as a number yyyymmdd: a month counts as of its last day,",
      "-- by type",
      "-- by stance",
    ]);
  });

  for (const [asOf, minStance] of [["2022-06-30", "open"], ["2020-01-31", "refused"], ["2025-12-31", "committed"]] as const) {
    it(`aggregates by type as the library does, as of ${asOf} at or above ${minStance}`, async () => {
      const library = libraryBuckets(aggregateCommitments(dataset, { by: "type", asOf, minStance }));
      expect(library.length).toBeGreaterThan(10);
      expect(await duckAggregate(connection, byType as string, asOf, minStance)).toEqual(library);
    });

    it(`aggregates by stance as the library does, as of ${asOf} at or above ${minStance}`, async () => {
      const library = libraryBuckets(aggregateCommitments(dataset, { by: "stance", asOf, minStance }));
      const duck = await duckAggregate(connection, byStance as string, asOf, minStance);
      expect(duck).toEqual(library);
    });
  }
});
