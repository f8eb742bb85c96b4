// Parquet through the optional peer hyparquet-writer: the tables as typed columns, read
// back by hyparquet; and without the peer, a plain error naming what to install.
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isCoalitionError } from "../../src/index.js";
import { exportParquet } from "../../src/parquet.js";
import { seedDataset } from "../../src/fixtures.js";
import { loadParquetWriter } from "../../src/interchange/internal/load-writer.js";

async function table(name: string): Promise<{ rows: Record<string, unknown>[]; schema: unknown }> {
  const dir = mkdtempSync(join(tmpdir(), "coalition-parquet-"));
  const file = (await exportParquet(seedDataset(), { rowGroupSize: 5 })).files.find((candidate) => candidate.path === `${name}.parquet`);
  writeFileSync(join(dir, "t.parquet"), file !== undefined && "bytes" in file ? file.bytes : new Uint8Array());
  const buffer = await asyncBufferFromFile(join(dir, "t.parquet"));
  const metadata = await parquetMetadataAsync(buffer);
  const schema = JSON.parse(metadata.key_value_metadata?.find((entry) => entry.key === "frictionless:tableschema")?.value ?? "null");
  return { rows: (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[], schema };
}

describe("the Parquet export", () => {
  it("writes the tables as typed columns: text, numbers, whole numbers, booleans; null for not given and not applicable; 'unknown' dates as text", async () => {
    const claims = await table("claims");
    expect(claims.rows[0]).toEqual({
      record_table: "coalitions",
      record: "coalition-of-the-willing",
      field: "participant_count",
      seq: 1,
      kind: "exact",
      low: 37,
      high: 37,
      value: null,
      unit: "participants",
      currency: null,
      amount_date: null,
      phrase: null,
      sources: "bloomberg-2025-03-13",
      note: '"negotiations between 37 allies"',
    });
    const commitments = await table("commitments");
    expect(commitments.rows.find((row) => row.id === "ch-peacekeepers")).toMatchObject({ date: "unknown", location_detail: null, speaker: "CH.armed-forces-command" });
    const types = await table("contribution-types");
    expect(types.rows.filter((row) => row.builtin === true).length).toBeGreaterThan(10);
    expect((types.schema as { primaryKey: string[] }).primaryKey).toEqual(["id"]);
  });

  it("says which package to install when hyparquet-writer is missing", async () => {
    for (const thrown of [new Error("Cannot find package 'hyparquet-writer'"), "not an error"]) {
      const error = await loadParquetWriter(() => Promise.reject(thrown)).catch((caught: unknown) => caught);
      expect(isCoalitionError(error) && [error.code, error.message.split(" (")[0]]).toEqual([
        "missing_dependency",
        "coalition/parquet needs the package hyparquet-writer: npm install hyparquet-writer",
      ]);
    }
  });
});
