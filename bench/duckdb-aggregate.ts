// The guide "At scale"'s SQL, read from the guide, run in DuckDB, its rows made
// comparable to aggregateCommitments' buckets. Shared by tests/interchange/duckdb.test.ts
// and the interchange benchmark, which check the two answers equal.
import type { DuckDBConnection } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Aggregate, Stance } from "../src/index.js";

/** The ```sql blocks of the guide, in order: the parameters, what counts, by type, by stance. */
export function guideSql(): string[] {
  const text = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../docs/guides/at-scale.md"), "utf8");
  return [...text.matchAll(/^```sql\n([\s\S]*?)^```$/gm)].map((match) => (match[1] ?? "").trimEnd());
}

/** Runs the guide's statements as of a day at a minimum stance, then `query`; its rows as buckets. */
export async function duckAggregate(connection: DuckDBConnection, query: string, asOf: string, minStance: Stance): Promise<unknown[]> {
  const [, setup] = guideSql();
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

/** An aggregate's buckets as the guide's queries give them: types sorted by id, stances strongest first, totals by unit and currency. */
export function libraryBuckets(aggregate: Aggregate): unknown[] {
  return [...aggregate.buckets]
    .sort((a, b) => (aggregate.by === "stance" ? 0 : String(a.key) < String(b.key) ? -1 : 1))
    .map((bucket) => ({ ...bucket, totals: [...bucket.totals].sort((a, b) => (a.unit + (a.currency ?? "") < b.unit + (b.currency ?? "") ? -1 : 1)) }));
}
