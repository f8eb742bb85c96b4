// The SQL of the guide "At scale", run in DuckDB on the Parquet files of a generated
// dataset, gives what aggregateCommitments gives on the same data: the same buckets,
// the same actors, pledges, commitments and disputed ones, the same totals per unit.
// The blocks are read from the guide itself, so the guide cannot drift from the library.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregateCommitments, type Dataset } from "../../src/index.js";
import { exportParquet } from "../../src/parquet.js";
import { parseDataset } from "../../src/schema.js";
import { duckAggregate, guideSql, libraryBuckets } from "../../bench/duckdb-aggregate.js";
import { generateDataset } from "../../bench/generate-dataset.js";
import { mulberry32 } from "../../bench/prng.js";

const blocks = guideSql();
const [, , byType, byStance] = blocks;

/**
 * The generated document with its commitments' voices mixed: the generator gives every
 * statement on one subject the same speaker, which would leave the rule of supersession
 * between voices and branches (a parliament beside a government, a statement naming no
 * institution) untried. Here a state's statements speak, at random, for the whole
 * actor, its head of government, its government or its parliament.
 */
function withMixedVoices(document: Record<string, unknown>): Record<string, unknown> {
  const random = mulberry32(11);
  const institutions = new Set((document.institutions as { id: string }[]).map((institution) => institution.id));
  const voices = ["head-of-government", "government", "parliament"];
  const commitments = (document.commitments as Record<string, unknown>[]).map(({ statedBy: _statedBy, ...commitment }) => {
    const voice = `${commitment.actor as string}.${voices[Math.floor(random() * voices.length)] as string}`;
    return random() < 0.25 || !institutions.has(voice) ? commitment : { ...commitment, statedBy: { institution: voice } };
  });
  return { ...document, commitments };
}

let dir: string;
let dataset: Dataset;
let connection: DuckDBConnection;

beforeAll(async () => {
  dataset = parseDataset(withMixedVoices(generateDataset(20_000, { seed: 7 }) as Record<string, unknown>));
  dir = mkdtempSync(join(tmpdir(), "coalition-duckdb-"));
  for (const file of (await exportParquet(dataset, { rowGroupSize: 5_000 })).files) if ("bytes" in file) writeFileSync(join(dir, file.path), file.bytes);
  connection = await (await DuckDBInstance.create(":memory:")).connect();
  await connection.run(`SET file_search_path = '${dir}'`);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the guide's SQL in DuckDB, on the Parquet files of 20,000 generated commitments", () => {
  it("has its four blocks: the parameters, what counts, by type, by stance", () => {
    expect(blocks.map((block) => block.split("\n")[0])).toEqual([
      "-- parameters: the day as yyyymmdd, and the weakest stance counted.",
      "-- The last day a date covers, as a number yyyymmdd: a month counts as of its last day,",
      "-- by type",
      "-- by stance",
    ]);
  });

  it("tries the rule of supersession: many subjects hold statements of different voices and branches", () => {
    const voices = new Map<string, Set<string>>();
    for (const commitment of dataset.commitments) {
      const subject = `${commitment.actor} ${commitment.type} ${JSON.stringify(commitment.location ?? null)}`;
      voices.set(subject, (voices.get(subject) ?? new Set()).add(commitment.statedBy?.institution ?? ""));
    }
    const mixed = [...voices.values()].filter((each) => each.size > 1).length;
    expect(mixed).toBeGreaterThan(200);
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
