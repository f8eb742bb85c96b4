// A report written by hand, to reach what the seed does not have: refusals without offers,
// a coalition with nothing but a name, sources without titles or with addresses that are
// not web addresses, a citation of an unknown source, and counts large enough to scale.
import type { CoalitionReport, ReportOffer, ReportRefusal } from "../../src/report.js";

export const LONG_TYPE = "A contribution type whose label runs far longer than a chart row has room for";

export const handMadeOffer: ReportOffer = {
  commitment: "x-troops",
  actor: { id: "XX", name: "the Example Republic" },
  type: "ground-troops",
  typeLabel: "Ground troops",
  stance: "committed",
  location: "",
  statedBy: null,
  condition: null,
  coalition: null,
  verdict: "inactive",
  explanation: "Ruled out by the scenario.",
  quote: null,
  quantity: [],
  sources: ["nowhere"],
};

export function refusalsOf(count: number): ReportRefusal[] {
  return Array.from({ length: count }, (_, index) => ({
    commitment: `r${index}`,
    actor: { id: `R${index}`, name: `Refuser ${index}` },
    stance: "refused" as const,
    type: "long",
    typeLabel: LONG_TYPE,
    location: "",
    statedBy: null,
    quote: null,
    sources: ["plain"],
  }));
}

export const handMadeReport: CoalitionReport = {
  dataset: { id: "hand-made", title: "Hand-made" },
  asOf: "2025-06-30",
  knownAsOf: null,
  currency: null,
  assumptions: [{ key: "fact:talks", value: false }],
  coalitions: [{ id: "c", name: "Quiet coalition", purpose: null, leads: [], participants: [], participantCount: null, condition: null, sought: [], subgroups: [], bodies: [] }],
  contributions: [],
  refusals: refusalsOf(7),
  contested: [],
  proposals: [{ id: "p", title: "An idea", proposedBy: [{ id: "XX", name: "the Example Republic" }], asks: [], leavesOut: [], positions: [] }],
  changes: null,
  events: [],
  pledgeCounts: [],
  timeline: [],
  verdicts: { active: 0, inactive: 0, undetermined: 0 },
  sources: [
    { id: "plain", kind: "other", publisher: "A newsletter", title: null, date: "2025-06", url: null, note: null },
    { id: "ftp", kind: "official-record", publisher: "An archive", title: "Minutes", date: "2025", url: "ftp://example.org/minutes", note: null },
  ],
};
