import { invalidArgument } from "../../internal/errors.js";
import type { ConditionAtom, Location } from "../../model/types.js";
import { quoteString } from "./quote-string.js";
import { CALL_SYNTAX, LOCATION_SYNTAX, entryOf, fieldList } from "./syntax.js";

type Values = Readonly<Record<string, unknown>>;

/** One atom in its canonical text, its quote last. */
export function printAtom(atom: ConditionAtom): string {
  let text: string;
  if (atom.kind === "commitment") text = `${atom.actor} offers ${atom.type}${clauses(atom.location, atom.minStance)}`;
  else if (atom.kind === "threshold") {
    const one = atom.count === 1;
    const who = atom.among === undefined ? (one ? "other" : "others") : `of ${atom.among}`;
    text = `at-least ${atom.count} ${who} ${one ? "offers" : "offer"} ${atom.type}${clauses(atom.location, atom.minStance)}`;
  } else {
    const name = atom.kind === "peace" && atom.form === "ceasefire" ? "ceasefire" : atom.kind;
    text = call(name, entryOf(CALL_SYNTAX, name)?.fields, atom);
  }
  return atom.quote === undefined ? text : `${text} ${quoteString(atom.quote)}`;
}

/** A location, then `at-least STANCE` unless the stance is `open` (what `offers` alone means). */
function clauses(location: Location | undefined, minStance: string): string {
  const where = location === undefined ? "" : ` ${call(location.kind, entryOf(LOCATION_SYNTAX, location.kind), location)}`;
  return minStance === "open" ? where : `${where} at-least ${minStance}`;
}

/** `name(value, value)` with the `fields` of its syntax, or the bare name when none is there. */
function call(name: string, fields: Readonly<Record<string, string>> | undefined, values: object): string {
  if (fields === undefined) throw invalidArgument("condition", `not a condition: no atom or location has the kind ${JSON.stringify(name)}`);
  const written: string[] = [];
  for (const [key, spec] of fieldList(fields)) {
    const value = (values as Values)[key];
    if (typeof value === "boolean") written.push(String(value));
    else if (typeof value === "string") written.push(spec.startsWith("country") || spec.startsWith("id") ? value : quoteString(value));
  }
  return written.length === 0 ? name : `${name}(${written.join(", ")})`;
}
