import { STANCES } from "../../model/stance.js";
import { capitalise } from "../../internal/names.js";
import { escapeHtml, isolatedHtml } from "./escape-html.js";
import type { ReportStatement } from "./report-statements.js";

/**
 * An actor-by-contribution table of stances: one row per actor, one column per
 * contribution type, each cell coloured by the stance(s) the actor took on that type and
 * naming them in words (an actor whose institutions disagree shows each stance). Cells
 * carry `data-actor`, `data-type` and, when filled, `data-stance` (space-separated).
 * `caption` is HTML, with the dataset's text in it already isolated. @internal
 */
export function stanceMatrix(statements: readonly ReportStatement[], caption: string): string {
  const types = new Map<string, string>();
  const actors = new Map<string, string>();
  const cells = new Map<string, ReportStatement[]>();
  for (const statement of statements) {
    if (!types.has(statement.type)) types.set(statement.type, statement.typeLabel);
    if (!actors.has(statement.actor.id)) actors.set(statement.actor.id, statement.actor.name);
    const key = cellKey(statement.actor.id, statement.type);
    const cell = cells.get(key);
    if (cell === undefined) cells.set(key, [statement]);
    else cell.push(statement);
  }

  const out: string[] = [
    // A wide matrix scrolls sideways in its own box, which takes the keyboard's focus to be scrolled.
    `<div class="matrix-wrap" role="region" tabindex="0" aria-label="Stance matrix"><table class="matrix">`,
    `<caption>${caption}</caption>`,
    `<thead><tr><th scope="col">Actor</th>${[...types]
      .map(([type, label]) => `<th scope="col" data-type="${escapeHtml(type)}">${isolatedHtml(label)}</th>`)
      .join("")}</tr></thead>`,
    "<tbody>",
  ];
  const typeAttributes = new Map([...types.keys()].map((type) => [type, escapeHtml(type)]));
  for (const [actor, name] of actors) {
    const actorAttribute = escapeHtml(actor);
    const row = [`<tr><th scope="row" data-actor="${actorAttribute}">${isolatedHtml(capitalise(name))}</th>`];
    for (const [type, label] of types) {
      const found = cells.get(cellKey(actor, type));
      const where = `data-actor="${actorAttribute}" data-type="${typeAttributes.get(type) as string}"`;
      if (found === undefined) {
        row.push(`<td class="cell empty" ${where}><span aria-hidden="true">·</span><span class="sr-only">no statement</span></td>`);
        continue;
      }
      const stances = STANCES.filter((stance) => found.some((statement) => statement.stance === stance));
      const hover = found.map((statement) => describe(statement, name, label)).join("; ");
      // One stance colours the whole cell; several (institutions that disagree) split it.
      const [only] = stances;
      const inner =
        stances.length === 1 && only !== undefined
          ? { classes: `cell s-${only}`, html: only }
          : { classes: "cell mixed", html: `<span class="chips">${stances.map((stance) => `<span class="chip s-${stance}">${stance}</span>`).join("")}</span>` };
      row.push(`<td class="${inner.classes}" ${where} data-stance="${stances.join(" ")}" title="${escapeHtml(hover)}">${inner.html}</td>`);
    }
    out.push(`${row.join("")}</tr>`);
  }
  out.push("</tbody></table></div>");
  return out.join("\n");
}

function cellKey(actor: string, type: string): string {
  return `${actor}\u0000${type}`;
}

function describe(statement: ReportStatement, actorName: string, label: string): string {
  const where = statement.location === "" ? "" : ` ${statement.location}`;
  const who = statement.statedBy === null ? "" : ` (${statement.statedBy})`;
  return `${capitalise(actorName)}, ${label}${where}: ${statement.stance}${who}`;
}
