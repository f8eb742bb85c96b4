// Conditions of every shape the schema accepts, for the property tests of the condition
// text: every atom kind with and without each optional field, every location kind (from
// the dataset arbitraries), quotes of any Unicode, and ids that are also keywords of the
// text (`not`, `offers`, `at-least`), which the parser must still read as ids.
import fc from "fast-check";
import { STANCES, type Condition } from "../../src/index.js";
import { compact, countryCodeArbitrary, idArbitrary, locationArbitrary, nameArbitrary, textArbitrary } from "../arbitraries/dataset.js";

/** Words of the condition text, in several cases, that are also valid ids. */
export const KEYWORD_IDS = [
  "not", "and", "or", "all", "any", "offers", "offer", "at-least", "others", "other", "of",
  "peace", "ceasefire", "request", "in-country", "at-sea", "remote", "NOT", "Offers", "AND", "4",
] as const;

/** An id, often one that is also a keyword of the text. */
export function textIdArbitrary(): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: idArbitrary() }, { weight: 1, arbitrary: fc.constantFrom(...KEYWORD_IDS) });
}

const opt = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

/** One atom of any kind, its optional fields there or not. */
export function atomArbitrary(): fc.Arbitrary<Condition> {
  const id = textIdArbitrary();
  const quote = opt(textArbitrary());
  const stance = fc.constantFrom(...STANCES);
  const count = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(1, 1_000_000), fc.integer({ min: 1, max: 1_000_000 }));
  const atoms: fc.Arbitrary<Record<string, unknown>>[] = [
    fc.record({ kind: fc.constant("peace"), form: fc.constantFrom("agreement", "ceasefire"), country: countryCodeArbitrary(), quote }),
    fc.record({ kind: fc.constant("request"), by: opt(id), quote }),
    fc.record({ kind: fc.constant("approval"), institution: id, quote }),
    fc.record({ kind: fc.constant("inclusion"), actor: opt(id), in: nameArbitrary(), quote }),
    fc.record({ kind: fc.constant("commitment"), actor: id, type: id, minStance: stance, location: opt(locationArbitrary()), quote }),
    fc.record({ kind: fc.constant("threshold"), count, type: id, minStance: stance, among: opt(id), location: opt(locationArbitrary()), quote }),
    fc.record({ kind: fc.constant("mandate"), by: id, quote }),
    fc.record({ kind: fc.constant("fact"), id, description: nameArbitrary(), quote }),
  ];
  return fc.oneof(...atoms).map((atom) => compact<Condition>({ ...atom }));
}

/** A condition up to `maxDepth` levels of `all` / `any` / `not` deep. */
export function conditionArbitrary(maxDepth = 4): fc.Arbitrary<Condition> {
  const { node } = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { maxDepth, depthIdentifier: "text-condition", withCrossShrink: true },
      { weight: 3, arbitrary: atomArbitrary() },
      fc.record({ kind: fc.constantFrom("all" as const, "any" as const), of: fc.array(tie("node"), { minLength: 1, maxLength: 4 }) }, { noNullPrototype: true }),
      fc.record({ kind: fc.constant("not" as const), of: tie("node") }, { noNullPrototype: true }),
    ),
  }));
  return node;
}
