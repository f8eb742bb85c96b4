// The vocabulary of the condition text: which atoms and locations are written as calls
// (`peace(UA)`, `neighbouring-countries(UA, "European")`) and with which fields, in the
// order they are written. The parser and the printer both read these tables, so a new
// location kind is one entry in LOCATION_SYNTAX (the type below fails to compile until
// the entry is there, and lists exactly the kind's fields).
import type { ConditionAtom, Location } from "../../model/types.js";

/** How a field's value is written: a word (a country code, an id, or `true` / `false` for a flag) or a string. */
export type ValueKind = "country" | "id" | "flag" | "name" | "text";

/** How a field of this type may be written: a flag for a yes-or-no field, any other kind for a string. */
type SpecOf<T> = NonNullable<T> extends boolean ? "flag" : Exclude<ValueKind, "flag">;

/**
 * The fields of one variant, in the order they are written, each with how it is
 * written, and `?` when the model makes it optional. Every field but `kind` and `quote`
 * must be listed. Optional fields come last, or are told apart from the next field by
 * how each is written (a word, then a string): tests/condition-text checks the rule.
 */
export type FieldsOf<V> = {
  readonly [F in Exclude<keyof V, "kind" | "quote">]-?: object extends Pick<V, F> ? `${SpecOf<V[F]>}?` : SpecOf<V[F]>;
};

type LocationOf<K extends Location["kind"]> = Extract<Location, { readonly kind: K }>;

/** Each location kind, written as its kind with its fields in brackets: `in-country(UA)`, `at-sea`. */
export const LOCATION_SYNTAX: { readonly [K in Location["kind"]]: FieldsOf<LocationOf<K>> } = {
  "in-country": { country: "country" },
  "line-of-contact": { country: "country" },
  "behind-demarcation-line": { country: "country" },
  "neighbouring-countries": { of: "country", region: "name?" },
  "at-sea": { area: "name?" },
  remote: { description: "name?" },
  region: { country: "country", name: "name" },
  areas: { country: "country", description: "name", awayFromLineOfContact: "flag?" },
  "bloc-territory": { bloc: "id", adjacentTo: "country?" },
};

/** The atoms written as calls; `commitment` and `threshold` are sentences of their own. */
type CallKind = Exclude<ConditionAtom["kind"], "commitment" | "threshold">;
type AtomOf<K extends ConditionAtom["kind"]> = Extract<ConditionAtom, { readonly kind: K }>;

/** One atom written as a call: the kind it makes, a peace atom's form, and its fields. */
export type CallSyntax = {
  readonly [K in CallKind]: { readonly kind: K; readonly form?: "agreement" | "ceasefire"; readonly fields: FieldsOf<Omit<AtomOf<K>, "form">> };
}[CallKind];

/** The atoms written as calls, by the name they are written with. */
export const CALL_SYNTAX: Readonly<Record<string, CallSyntax>> = {
  peace: { kind: "peace", form: "agreement", fields: { country: "country" } },
  ceasefire: { kind: "peace", form: "ceasefire", fields: { country: "country" } },
  request: { kind: "request", fields: { by: "id?" } },
  approval: { kind: "approval", fields: { institution: "id" } },
  inclusion: { kind: "inclusion", fields: { actor: "id?", in: "name" } },
  mandate: { kind: "mandate", fields: { by: "id" } },
  fact: { kind: "fact", fields: { id: "id", description: "name" } },
};

/** What the parser says it expected, for each way of writing a value. */
export const VALUE_LABEL: Readonly<Record<ValueKind, string>> = {
  country: "a country code",
  id: "an id",
  flag: "true or false",
  name: "a string",
  text: "a string",
};

let fieldLists: WeakMap<object, readonly (readonly [string, string])[]> | undefined;

/** The fields of one entry of a table above, as a list, made once per entry. */
export function fieldList(fields: Readonly<Record<string, string>>): readonly (readonly [string, string])[] {
  fieldLists ??= new WeakMap();
  let list = fieldLists.get(fields);
  if (list === undefined) fieldLists.set(fields, (list = Object.entries(fields)));
  return list;
}

/** The entry of `table` for a word the user wrote; never one of Object.prototype's (`constructor`). */
export function entryOf<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
