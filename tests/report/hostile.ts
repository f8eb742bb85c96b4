// Hostile text for the renderers: the seed dataset with an attack in every field whose
// words a dataset's author writes (an organization of its own as an actor, so that an
// actor's name comes from the dataset too), and a report with an attack in every string.
import { referenceDocument, seedDocument } from "../../src/fixtures.js";
import type { CoalitionReport } from "../../src/report.js";
import { parseDataset } from "../../src/schema.js";
import type { Dataset } from "../../src/index.js";

/** Markup that would make elements, handlers, links and images, in HTML and in Markdown. */
export const MARKUP_ATTACK = [
  `<script>alert("x")</script>`,
  `<img src=x onerror=alert(1)>`,
  `[click](javascript:alert(1))`,
  `![pixel](https://evil.example/pixel.png)`,
  `<https://evil.example/auto>`,
  `https://evil.example/bare`,
  `www.evil.example`,
  `evil.example`,
  `//evil.example/path`,
  `mail@evil.example`,
  `*em* _em_ **strong** ~~gone~~ \`code\``,
  `&lt;b&gt; &amp; 'q' \\`,
  `| cell |`,
  `[ref]: https://evil.example/ref "t"`,
  `https://localhost/no-dot`,
  `x //localhost/no-scheme`,
  `mailto:someone@localhost`,
  // Last, so that it ends a heading: as a closing sequence it would vanish.
  `#`,
].join(" ");

/** Control characters that would retitle a terminal, clear it, rewrite or split a line, and reverse the text. */
export const CONTROL_ATTACK = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\r| row | split |\nnext line\u202eesrever\u2066\u200f\u061c\u2028end";

/** Every control character the sanitiser makes visible, as a regular expression. */
export const ANY_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** The labels of the fields {@link hostileDataset} fills, each holding `${label} ${attack}`. */
export const HOSTILE_FIELDS = [
  "Title",
  "Publisher",
  "Headline",
  "Note",
  "Person",
  "Office",
  "Institution",
  "Type",
  "Coalition",
  "Purpose",
  "Quote",
  "Consultations",
  "Fact",
  "Proposal",
  "Organization",
  "Bloc",
] as const;
export type HostileField = (typeof HOSTILE_FIELDS)[number];

interface Named {
  id: string;
  name: string;
}
interface Document {
  title: string;
  sources: Record<string, unknown>[];
  persons: (Named & { offices: { title: string }[] })[];
  institutions: Named[];
  contributionTypes: { label: string }[];
  coalitions: { name: string; purpose: string; leads: string[]; participants: unknown[] }[];
  commitments: { id: string; quote?: string; condition?: { in?: string } }[];
  proposals: { id: string; title: string; proposedBy: string[] }[];
  positions: unknown[];
  organizations?: unknown[];
}

/**
 * The seed, with `${label} ${attack}` in every field of {@link HOSTILE_FIELDS}: the dataset's
 * title, a source's publisher, title and note, a person's name and office, an institution's
 * name, a type's label, the coalition's name and purpose, a quote, the words of an
 * inclusion condition and of a free-form fact, a proposal's title, the name of an
 * organization of the dataset's own (which leads the coalition, takes part, makes an offer
 * and a refusal, proposes and takes a position), and the name of a bloc (NATO).
 */
export function hostileDataset(attack: string): Dataset {
  const text = (label: HostileField) => `${label} ${attack}`;
  const document = JSON.parse(JSON.stringify(seedDocument)) as Document;
  const reference = JSON.parse(JSON.stringify(referenceDocument)) as { organizations: Named[] };
  reference.organizations.find((organization) => organization.id === "nato")!.name = text("Bloc");
  document.title = text("Title");
  document.sources[0] = { ...document.sources[0], publisher: text("Publisher") };
  document.sources[1] = { ...document.sources[1], title: text("Headline"), note: text("Note") };
  const sussli = document.persons.find((person) => person.id === "thomas-sussli")!;
  sussli.name = text("Person");
  sussli.offices[0]!.title = text("Office");
  document.institutions.find((institution) => institution.id === "BG.parliament")!.name = text("Institution");
  document.contributionTypes[0]!.label = text("Type");
  const coalition = document.coalitions[0]!;
  coalition.name = text("Coalition");
  coalition.purpose = text("Purpose");
  coalition.leads.push("hostile-org");
  coalition.participants.push({ actor: "hostile-org", from: "unknown", sources: ["bloomberg-2025-03-13"] });
  document.commitments.find((commitment) => commitment.id === "gb-ground-troops")!.quote = text("Quote");
  document.commitments.find((commitment) => commitment.id === "tr-peacekeepers")!.condition!.in = text("Consultations");
  const proposal = document.proposals[0]!;
  proposal.title = text("Proposal");
  proposal.proposedBy.push("hostile-org");
  document.organizations = [{ id: "hostile-org", name: text("Organization"), kind: "other", memberships: [] }];
  const said = { date: "unknown", sources: ["report-2025-03-13"] };
  (document.commitments as unknown[]).push(
    {
      id: "hostile-offer",
      actor: "hostile-org",
      type: "ground-troops",
      stance: "ready",
      condition: { kind: "fact", id: "hostile", description: text("Fact") },
      ...said,
    },
    { id: "hostile-refusal", actor: "hostile-org", type: "aircraft", stance: "refused", ...said },
  );
  document.positions.push({ id: "hostile-position", proposal: proposal.id, actor: "hostile-org", stance: "opposed", ...said });
  return parseDataset(document, { base: parseDataset(reference) });
}

// The fields of a report that hold one of a fixed set of words, not text.
const WORDS = new Set(["stance", "verdict", "kind"]);

/** `report` with `attack` after every string in it but its stances, verdicts and kinds. */
export function hostileReport(report: CoalitionReport, attack: string): CoalitionReport {
  const map = (value: unknown, key: string): unknown => {
    if (typeof value === "string") return WORDS.has(key) ? value : `${value} ${attack}`;
    if (Array.isArray(value)) return value.map((item) => map(item, key));
    if (typeof value === "object" && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, map(item, name)]));
    }
    return value;
  };
  return map(report, "") as CoalitionReport;
}
