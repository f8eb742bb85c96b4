import type { Stance } from "../model/stance.js";
import type { Verdict } from "../scenario/types.js";
import { capitalise } from "../internal/names.js";
import { contributionBars } from "./internal/contribution-bars.js";
import { escapeHtml as e, isolatedHtml as t } from "./internal/escape-html.js";
import { externalLink } from "./internal/external-link.js";
import { changesHtml, coalitionStructureHtml, eventsHtml, pledgeCountsHtml, quantityHtml, timelineHtml, totalsHtml } from "./internal/html-time-sections.js";
import { htmlStyles } from "./internal/html-styles.js";
import { reportStatements } from "./internal/report-statements.js";
import { stanceMatrix } from "./internal/stance-matrix.js";
import { svgBarChart } from "./internal/svg-bar-chart.js";
import type { CoalitionReport, ReportOffer } from "./types.js";
import { checkArguments } from "../internal/guards.js";

// The page may load nothing and run nothing: a browser enforces that, even if a
// dataset's text slipped past the escaping.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The most cells the stance matrix draws (actors times contribution types). */
const MATRIX_CELLS = 250_000;

const SECTIONS = [
  ["coalitions", "Members and leads"],
  ["contributions", "Contributions by type and stance"],
  ["matrix", "Stance matrix: actors by contribution"],
  ["conditions", "Conditions"],
  ["refusals", "Refusals and opposition"],
  ["contested", "Contested actors"],
  ["proposals", "Positions on proposals"],
  ["changes", "Changes since"],
  ["timeline", "Timeline"],
  ["events", "Events and meetings"],
  ["pledges", "Known only by number"],
  ["verdicts", "Scenario verdicts"],
  ["sources", "Sources"],
] as const;
type SectionId = (typeof SECTIONS)[number][0];

/**
 * A report as one self-contained HTML page: inline CSS and inline SVG, no script, and
 * nothing loaded from anywhere (a Content-Security-Policy says so to the browser). It has
 * the sections of the text report (members and leads; contributions by type and stance;
 * conditions; refusals; contested actors; positions on proposals; verdicts with their
 * explanations) and its sources, plus a bar chart of contributions by type and stance and
 * an actor-by-contribution stance matrix whose cells name their stance in words.
 *
 * Every string from the dataset is escaped, with its control characters made visible,
 * and isolated in a `<bdi>` element, so that neither markup nor the direction of its
 * text (a bidi override, a name in Arabic) reaches the words around it; only `http:`
 * and `https:` source addresses become links. Save the result as a `.html` file or serve
 * it as `text/html`.
 *
 * @param report - what {@link buildReport} returns.
 * @returns the page, from `<!doctype html>` to `</html>`.
 *
 * @throws {CoalitionError} `invalid_argument` when `report` is no report from `buildReport`.
 * @example
 * ```ts
 * import { buildReport, renderHtmlReport } from "coalition/report";
 * import { seedDataset } from "coalition/fixtures";
 * const html = renderHtmlReport(buildReport(seedDataset()));
 * html.startsWith("<!doctype html>");
 * //=> true
 * html.includes("<script");
 * //=> false
 * html.includes('data-type="peacekeepers" data-stance="ready" data-count="3"');
 * //=> true
 * ```
 *
 * @category Reports
 */
export function renderHtmlReport(report: CoalitionReport): string {
  checkArguments({ report: [report, "report"] });
  const sourceNumber = new Map(report.sources.map((source, index) => [source.id, index + 1]));
  const cite = (ids: readonly string[]) => citations(ids, sourceNumber);
  const content: Readonly<Record<SectionId, string>> = {
    coalitions: coalitionsSection(report, cite),
    contributions: contributionsSection(report, cite),
    matrix: matrixSection(report),
    conditions: conditionsSection(report),
    refusals: refusalsSection(report, cite),
    contested: contestedSection(report),
    proposals: proposalsSection(report, cite),
    changes: changesHtml(report, cite),
    timeline: timelineHtml(report),
    events: eventsHtml(report, cite),
    pledges: pledgeCountsHtml(report, cite),
    verdicts: verdictsSection(report),
    sources: sourcesSection(report),
  };
  const body = [
    header(report),
    "<main>",
    ...SECTIONS.map(
      ([id, title]) => `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${title}</h2>\n${content[id]}\n</section>`,
    ),
    "</main>",
    `<footer><p>Made by the <code>coalition</code> library from the dataset <code>${t(report.dataset.id)}</code>, as of ${t(report.asOf)}.</p></footer>`,
  ];
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="coalition">',
    `<title>${e(report.dataset.title)}, as of ${e(report.asOf)}</title>`,
    `<style>\n${htmlStyles()}\n</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function header(report: CoalitionReport): string {
  const assumed =
    report.assumptions.length === 0
      ? "No facts assumed: conditional offers are undetermined."
      : `Assuming ${report.assumptions.map((fact) => `<code>${t(fact.key)}</code> = ${String(fact.value)}`).join(", ")}.`;
  const toc = SECTIONS.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join("");
  return [
    "<header>",
    '<p class="kicker">Coalition report</p>',
    `<h1>${t(report.dataset.title)}</h1>`,
    `<p>As of <time datetime="${e(report.asOf)}">${t(report.asOf)}</time>${report.knownAsOf === null ? "" : `, as known on <time datetime="${e(report.knownAsOf)}">${t(report.knownAsOf)}</time>`}. ${assumed}</p>`,
    `<nav aria-label="Sections"><ol>${toc}</ol></nav>`,
    "</header>",
  ].join("\n");
}

function coalitionsSection(report: CoalitionReport, cite: (ids: readonly string[]) => string): string {
  if (report.coalitions.length === 0) return none("No coalition on record.");
  return report.coalitions
    .map((coalition) => {
      const count = coalition.participantCount === null ? "" : ` of ${t(coalition.participantCount.words)} in all`;
      const facts = [
        `<dt>Leads</dt><dd>${names(coalition.leads.map((lead) => lead.name))}</dd>`,
        `<dt>Participants named</dt><dd>${coalition.participants.length}${count}</dd>`,
        coalition.condition === null ? "" : `<dt>Every offer to it needs</dt><dd>${t(coalition.condition)}</dd>`,
      ];
      const participants =
        coalition.participants.length === 0
          ? ""
          : table(
              `Participants of ${t(coalition.name)} as of ${t(report.asOf)}, with the blocs they belong to then`,
              ["Participant", "Blocs"],
              coalition.participants,
              (participant) => [
                t(capitalise(participant.name)),
                participant.blocs.length === 0 ? '<span class="muted">none of the blocs on record</span>' : names(participant.blocs),
              ],
            );
      return [
        `<h3>${t(coalition.name)}</h3>`,
        coalition.purpose === null ? "" : `<p>${t(capitalise(coalition.purpose))}.</p>`,
        `<dl>${facts.join("")}</dl>`,
        participants,
        coalitionStructureHtml(coalition, cite),
      ].join("\n");
    })
    .join("\n");
}

function contributionsSection(report: CoalitionReport, cite: (ids: readonly string[]) => string): string {
  const bars = contributionBars(reportStatements(report));
  if (bars.length === 0) return none(`No offer or refusal on record as of ${t(report.asOf)}.`);
  // The same words twice: as text for the chart's description, as isolated HTML below it.
  const caption = (text: (value: string) => string) =>
    `Statements for and against each contribution type as of ${text(report.asOf)}, stacked by stance: ${bars
      .map((row) => `${text(row.label)}: ${row.segments.map((segment) => `${segment.count} ${segment.stance}`).join(", ")}`)
      .join("; ")}.`;
  // The chart keeps its size on a narrow screen, so that its text stays readable, and
  // scrolls sideways in its figure, which takes the keyboard's focus to be scrolled.
  const out = [`<figure class="chart" tabindex="0">`, svgBarChart(bars, caption((text) => text)), `<figcaption>${caption(t)}</figcaption>`, `</figure>`];
  if (report.contributions.length === 0) out.push(none("No offer on record; the chart shows refusals only."));
  for (const group of report.contributions) {
    out.push(
      `<h3>${t(group.label)}</h3>`,
      table(
        `Offers of ${t(group.label.toLowerCase())}, strongest stance first`,
        ["Stance", "Actor", "Contribution", "Stated by", "Condition", "Sources"],
        group.offers,
        (offer) => [
          badge(offer.stance),
          t(capitalise(offer.actor.name)),
          `${t(offerWhat(offer))}${quote(offer.quote)}${quantityHtml(offer, cite)}`,
          offer.statedBy === null ? '<span class="muted">not named</span>' : t(offer.statedBy),
          t(conditionOf(offer)),
          cite(offer.sources),
        ],
      ),
      totalsHtml(report, group),
    );
  }
  return out.join("\n");
}

function matrixSection(report: CoalitionReport): string {
  const statements = reportStatements(report);
  if (statements.length === 0) return none(`No offer or refusal on record as of ${t(report.asOf)}.`);
  // The matrix has a cell for every actor and every type: a dataset of a few thousand of
  // each would make a page of gigabytes, quadratic in its size, that no one could read.
  const actors = new Set(statements.map((statement) => statement.actor.id)).size;
  const types = new Set(statements.map((statement) => statement.type)).size;
  if (actors * types > MATRIX_CELLS) {
    return none(`Not drawn: ${actors} actors by ${types} contribution types would take ${actors * types} cells, more than ${MATRIX_CELLS}. The tables above list every statement.`);
  }
  return stanceMatrix(
    statements,
    `The stance each actor took on each contribution type as of ${t(report.asOf)}; a cell with two stances is an actor whose institutions disagree.`,
  );
}

function conditionsSection(report: CoalitionReport): string {
  const out: string[] = [];
  const wide = report.coalitions.flatMap((coalition) =>
    coalition.condition === null ? [] : [`<li>${t(coalition.name)}: ${t(coalition.condition)}</li>`],
  );
  if (wide.length > 0) {
    out.push("<p>Coalition-wide conditions apply to every offer made to the coalition:</p>", `<ul>${wide.join("")}</ul>`);
  }
  const offers = report.contributions.flatMap((group) => group.offers);
  if (offers.length === 0) {
    out.push(none("No offer on record, so no condition applies."));
    return out.join("\n");
  }
  const byCondition = new Map<string, ReportOffer[]>();
  for (const offer of offers) {
    const condition = conditionOf(offer);
    const needing = byCondition.get(condition);
    if (needing === undefined) byCondition.set(condition, [offer]);
    else needing.push(offer);
  }
  out.push(
    table(
      "Each condition with the offers that need it",
      ["Condition", "Offers that need it"],
      [...byCondition],
      ([condition, needing]) => [
        t(capitalise(condition)),
        needing.map((offer) => `${t(capitalise(offer.actor.name))}: ${t(offerWhat(offer))}`).join("<br>"),
      ],
    ),
  );
  return out.join("\n");
}

function refusalsSection(report: CoalitionReport, cite: (ids: readonly string[]) => string): string {
  if (report.refusals.length === 0) return none("None on record.");
  return table(
    "Statements against a contribution: opposed or refused",
    ["Stance", "Actor", "Contribution", "Stated by", "Sources"],
    report.refusals,
    (refusal) => [
      badge(refusal.stance),
      t(capitalise(refusal.actor.name)),
      `${t(`${refusal.typeLabel}${spaced(refusal.location)}`)}${quote(refusal.quote)}`,
      refusal.statedBy === null ? '<span class="muted">not named</span>' : t(refusal.statedBy),
      cite(refusal.sources),
    ],
  );
}

function contestedSection(report: CoalitionReport): string {
  if (report.contested.length === 0) return none("No actor whose institutions disagree.");
  return report.contested
    .map((contested) =>
      [
        `<h3>${t(capitalise(contested.actor.name))}: ${t(`${contested.typeLabel}${spaced(contested.location)}`)}</h3>`,
        `<ul>${contested.positions.map((position) => `<li>${badge(position.stance)} ${t(position.statedBy)}</li>`).join("")}</ul>`,
      ].join("\n"),
    )
    .join("\n");
}

function proposalsSection(report: CoalitionReport, cite: (ids: readonly string[]) => string): string {
  if (report.proposals.length === 0) return none("No proposal on record.");
  return report.proposals
    .map((proposal) => {
      const out = [`<h3>${t(proposal.title)}</h3>`, `<p>Proposed by ${names(proposal.proposedBy.map((actor) => actor.name))}.</p>`];
      if (proposal.asks.length > 0) out.push(`<p>Asks for:</p><ul>${proposal.asks.map((ask) => `<li>${t(ask)}</li>`).join("")}</ul>`);
      if (proposal.leavesOut.length > 0) {
        out.push(`<p>Leaves out:</p><ul>${proposal.leavesOut.map((left) => `<li>${t(left)}</li>`).join("")}</ul>`);
      }
      out.push(
        proposal.positions.length === 0
          ? none(`No position on it on record as of ${t(report.asOf)}.`)
          : table(
              `Positions on ${t(proposal.title)}`,
              ["Actor", "Position", "Sources"],
              proposal.positions,
              (position) => [t(capitalise(position.actor.name)), badge(position.stance), cite(position.sources)],
            ),
      );
      return out.join("\n");
    })
    .join("\n");
}

function verdictsSection(report: CoalitionReport): string {
  const { active, inactive, undetermined } = report.verdicts;
  const summary = `<p>Offers under these assumptions: ${active} ${verdictBadge("active")}, ${inactive} ${verdictBadge("inactive")}, ${undetermined} ${verdictBadge("undetermined")}.</p>`;
  const offers = report.contributions.flatMap((group) => group.offers);
  if (offers.length === 0) return summary;
  return [
    summary,
    table(
      "Each offer's verdict under the facts assumed, and why",
      ["Verdict", "Offer", "Why"],
      offers,
      (offer) => [
        verdictBadge(offer.verdict),
        `${t(capitalise(offer.actor.name))}: ${t(offerWhat(offer))}`,
        t(offer.explanation),
      ],
    ),
  ].join("\n");
}

function sourcesSection(report: CoalitionReport): string {
  if (report.sources.length === 0) return none("No source cited.");
  const items = report.sources.map((source, index) => {
    const label = source.title === null ? t(source.publisher) : `${t(source.publisher)}: ${t(source.title)}`;
    const named = source.url === null ? label : externalLink(source.url, label);
    const note = source.note === null ? "" : ` ${t(source.note)}`;
    return `<li id="source-${index + 1}">${named} <span class="muted">(${e(source.kind.replace(/-/g, " "))}, ${t(source.date)})</span>${note}</li>`;
  });
  return `<ol class="sources">${items.join("")}</ol>`;
}

function citations(ids: readonly string[], numbers: ReadonlyMap<string, number>): string {
  return ids
    .map((id) => {
      const number = numbers.get(id);
      return number === undefined ? t(id) : `<a href="#source-${number}">[${number}]</a>`;
    })
    .join(" ");
}

/**
 * A table of one row per item; its caption and `cellsOf`'s cells are HTML, with the
 * dataset's text already isolated. Each row is made into one string as soon as its cells
 * are: a report of 100k offers would otherwise hold every row's cells at once, which the
 * collector copies until the table is done.
 */
function table<Item>(caption: string, headings: readonly string[], items: readonly Item[], cellsOf: (item: Item) => readonly string[]): string {
  const rows: string[] = [];
  for (const item of items) rows.push(`<tr><td>${cellsOf(item).join("</td><td>")}</td></tr>`);
  return [
    "<table>",
    `<caption>${caption}</caption>`,
    `<thead><tr>${headings.map((heading) => `<th scope="col">${heading}</th>`).join("")}</tr></thead>`,
    `<tbody>${rows.join("")}</tbody>`,
    "</table>",
  ].join("\n");
}

function badge(stance: Stance): string {
  return `<span class="stance s-${stance}">${stance}</span>`;
}

function verdictBadge(verdict: Verdict): string {
  return `<span class="verdict v-${verdict}">${verdict}</span>`;
}

/** A paragraph saying there is nothing to show; `html` with the dataset's text already isolated. */
function none(html: string): string {
  return `<p class="none">${html}</p>`;
}

function names(list: readonly string[]): string {
  return list.map((name) => t(capitalise(name))).join(", ");
}

function quote(text: string | null): string {
  return text === null ? "" : `<span class="quote"><q>${t(text)}</q></span>`;
}

function offerWhat(offer: ReportOffer): string {
  return `${offer.typeLabel}${spaced(offer.location)}`;
}

function conditionOf(offer: ReportOffer): string {
  const parts = [offer.condition, offer.coalition === null ? null : `the condition of ${offer.coalition}`].filter(
    (part): part is string => part !== null,
  );
  return parts.length === 0 ? "no condition stated" : parts.join("; and ");
}

function spaced(text: string): string {
  return text === "" ? "" : ` ${text}`;
}
