import { STANCES, type Stance } from "../../model/stance.js";
import type { ReportStatement } from "./report-statements.js";

/** The statements of one stance on one contribution type: one bar of the chart. @internal */
export interface BarSegment {
  readonly stance: Stance;
  readonly count: number;
  /** Who made them, by name, in the report's order. */
  readonly actors: readonly string[];
}

/** One contribution type with its bars, strongest stance first. @internal */
export interface BarRow {
  readonly type: string;
  readonly label: string;
  readonly segments: readonly BarSegment[];
}

/**
 * The statements counted by contribution type and stance, for the bar chart: types in
 * the order they first appear, stances in the order of the scale. @internal
 */
export function contributionBars(statements: readonly ReportStatement[]): BarRow[] {
  const rows = new Map<string, { label: string; byStance: Map<Stance, string[]> }>();
  for (const statement of statements) {
    const row = rows.get(statement.type) ?? { label: statement.typeLabel, byStance: new Map<Stance, string[]>() };
    const actors = row.byStance.get(statement.stance);
    if (actors === undefined) row.byStance.set(statement.stance, [statement.actor.name]);
    else actors.push(statement.actor.name);
    rows.set(statement.type, row);
  }
  return [...rows].map(([type, { label, byStance }]) => ({
    type,
    label,
    segments: STANCES.flatMap((stance) => {
      const actors = byStance.get(stance);
      return actors === undefined ? [] : [{ stance, count: actors.length, actors }];
    }),
  }));
}
