// Datasets as tables, at scale: a million commitments generated, parsed, exported to
// Parquet and aggregated by type as of a day both by the library (in memory) and by
// DuckDB with the SQL of the guide "At scale" (checked equal); and ten million
// generated straight to Parquet in chunks of 250,000 (never held as one JSON), then
// aggregated by DuckDB. Each measurement runs in a process of its own
// (bench/interchange-worker.ts), so that its peak memory is its own; the target is that
// none needs more than 24 GiB.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchResult, BenchSuite } from "../result.js";

const PEAK_TARGET_MIB = 24 * 1024;
const worker = join(dirname(fileURLToPath(import.meta.url)), "..", "interchange-worker.ts");

function run(args: string[]): Record<string, number | boolean> {
  const child = spawnSync(process.execPath, ["--max-old-space-size=16384", "--import", "tsx", worker, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`interchange worker ${args.join(" ")} failed: ${child.stderr.slice(-2000)}`);
  return JSON.parse(child.stdout.trim().split("\n").pop() as string) as Record<string, number | boolean>;
}

const peak = (mib: number) => `peak RSS ${(mib / 1024).toFixed(2)} GiB (target < 24 GiB: ${mib < PEAK_TARGET_MIB ? "met" : "missed"})`;
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB of Parquet`;

export const suite: BenchSuite = async () => {
  const rows: BenchResult[] = [];
  const million = run(["dataset", "1000000"]);
  if (million.equal !== true) throw new Error("DuckDB's aggregation differs from the library's at 1M commitments");
  rows.push({
    name: "export to Parquet (exportParquet), 23 tables",
    n: 1_000_000,
    ms: million.exportMs as number,
    floorMs: null,
    peerMs: null,
    note: `${mb(million.bytes as number)}; generate ${(million.generateMs as number).toFixed(0)} ms, parse ${(million.parseMs as number).toFixed(0)} ms; ${peak(million.peakMiB as number)}`,
  });
  rows.push({
    name: "aggregate by type, asOf + minStance: library (ms) beside DuckDB on Parquet (peer)",
    n: 1_000_000,
    ms: million.libraryMs as number,
    floorMs: null,
    peerMs: million.duckMs as number,
    note: `${million.buckets} buckets, DuckDB's equal to the library's: ${million.equal ? "yes" : "no"}`,
  });
  const tenMillion = run(["chunked", "10000000", "250000"]);
  rows.push({
    name: "generate straight to Parquet in chunks of 250,000 (6 tables)",
    n: 10_000_000,
    ms: tenMillion.writeMs as number,
    floorMs: null,
    peerMs: null,
    note: `${mb(tenMillion.bytes as number)}; ${peak(tenMillion.peakMiB as number)}`,
  });
  rows.push({
    name: "aggregate by type, asOf + minStance: DuckDB on Parquet",
    n: 10_000_000,
    ms: tenMillion.duckMs as number,
    floorMs: null,
    peerMs: null,
    note: `${tenMillion.buckets} buckets; the worker's ${peak(tenMillion.peakMiB as number)}`,
  });
  return rows;
};
