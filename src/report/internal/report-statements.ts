import type { Stance } from "../../model/stance.js";
import type { CoalitionReport, NamedActor } from "../types.js";

/** One statement for or against a contribution: an offer or a refusal of a report. @internal */
export interface ReportStatement {
  readonly actor: NamedActor;
  readonly type: string;
  readonly typeLabel: string;
  readonly location: string;
  readonly stance: Stance;
  readonly statedBy: string | null;
}

/** The offers of a report (by type group, strongest first), then its refusals. @internal */
export function reportStatements(report: CoalitionReport): ReportStatement[] {
  return [...report.contributions.flatMap((group) => group.offers), ...report.refusals];
}
