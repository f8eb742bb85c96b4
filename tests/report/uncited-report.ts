// A report written by hand whose items cite no source (a report a caller builds need not
// cite), with a group that has participants, a disputed pledge count, and a day it is
// known as of.
import type { CoalitionReport, ReportCount } from "../../src/report.js";
import { handMadeReport } from "./hand-made-report.js";

const disputedCount: ReportCount = {
  claims: [
    { value: { kind: "exact", value: 26, of: "countries" }, words: "26 countries", sources: [], note: null },
    { value: { kind: "exact", value: 30, of: "countries" }, words: "30 countries", sources: ["plain"], note: null },
  ],
  disputed: true,
  words: "disputed: 26 or 30 countries",
};

export const uncitedReport: CoalitionReport = {
  ...handMadeReport,
  knownAsOf: "2025-07-15",
  coalitions: [
    {
      id: "c",
      name: "Quiet coalition",
      purpose: null,
      leads: [],
      participants: [],
      participantCount: null,
      condition: null,
      sought: [],
      subgroups: [{ id: "land", name: "Land group", kind: null, purpose: null, leads: [], participants: [{ id: "XX", name: "the Example Republic" }], sources: [] }],
      bodies: [],
    },
  ],
  pledgeCounts: [
    {
      id: "pc",
      coalition: null,
      type: "ground-troops",
      typeLabel: "Ground troops",
      location: "",
      stance: "ready",
      count: disputedCount,
      members: [],
      notAmong: [],
      statedBy: null,
      date: "2025-06",
      quote: null,
      sources: ["plain"],
    },
  ],
};
