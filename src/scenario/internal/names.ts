// Names: plain-English words for the actors, institutions, types, places and atoms of
// a dataset, for explanations and reports. Takes the dataset and its taxonomy; gives a
// namer, which caches what it looks up.
import { isCountryCode } from "../../model/country-codes.js";
import type { ConditionAtom, Dataset, Institution, Location } from "../../model/types.js";
import type { Taxonomy } from "./taxonomy.js";

/** Plain-English names for the actors, institutions and types of a dataset. @internal */
export interface Namer {
  /** The actor's name with its article where it takes one: "the United Kingdom", "Switzerland". */
  actor(id: string): string;
  /** "the United Kingdom's", "the United States'". */
  possessive(id: string): string;
  coalition(id: string): string;
  /** The type's label, lower-cased at the start: "ground troops". */
  type(id: string): string;
  location(location: Location | undefined): string;
  /** An atom in words, as part of the condition of `holder`'s commitment. */
  atom(atom: ConditionAtom, holder: string): string;
}

const INSTITUTION_WORDS: Readonly<Record<Institution["kind"], string>> = {
  "head-of-state": "head of state",
  "head-of-government": "head of government",
  government: "government",
  parliament: "parliament",
  "armed-forces-command": "armed forces command",
  "defence-ministry": "defence ministry",
  "foreign-ministry": "foreign ministry",
  other: "institution",
};

// Country names that read with "the" in running English.
const WITH_ARTICLE =
  /^(United |Central African|Dominican Republic|Czech Republic)|Islands$|^(Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Palestinian Territories|Vatican City)$/;

/** "the United Kingdom's", "the United States'", "the government's". @internal */
export function possessiveOf(name: string): string {
  return name.endsWith("s") ? `${name}'` : `${name}'s`;
}

/** The first letter in upper case. @internal */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

function lowerFirst(label: string): string {
  // Keep acronyms ("NATO air policing") as they are.
  return label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A namer over `dataset`, with state names from `Intl.DisplayNames` (English). @internal */
export function createNamer(dataset: Dataset, taxonomy: Taxonomy): Namer {
  let regions: Intl.DisplayNames | undefined;
  const cache = new Map<string, string>();
  let organizations: Map<string, string> | undefined;
  let coalitions: Map<string, string> | undefined;
  let institutions: Map<string, Institution> | undefined;

  const actor = (id: string): string => {
    let name = cache.get(id);
    if (name !== undefined) return name;
    if (isCountryCode(id)) {
      regions ??= new Intl.DisplayNames(["en"], { type: "region" });
      // The "code" fallback of Intl.DisplayNames answers with the code itself, never undefined.
      /* v8 ignore next */
      const plain = regions.of(id) ?? id;
      name = WITH_ARTICLE.test(plain) ? `the ${plain}` : plain;
    } else {
      organizations ??= new Map(dataset.organizations.map((organization) => [organization.id, organization.name]));
      const organization = organizations.get(id);
      if (organization !== undefined) {
        name = /\s/.test(organization) && !/^the /i.test(organization) ? `the ${organization}` : organization;
      } else name = coalition(id);
    }
    cache.set(id, name);
    return name;
  };

  const coalition = (id: string): string => {
    coalitions ??= new Map(dataset.coalitions.map((entry) => [entry.id, entry.name]));
    const name = coalitions.get(id);
    return name === undefined ? id : `“${name}”`;
  };

  const country = (code: string) => actor(code);

  const location = (place: Location | undefined): string => {
    if (place === undefined) return "";
    switch (place.kind) {
      case "in-country":
        return ` in ${country(place.country)}`;
      case "line-of-contact":
        return ` on the line of contact in ${country(place.country)}`;
      case "behind-demarcation-line":
        return ` behind the demarcation line in ${country(place.country)}`;
      case "neighbouring-countries":
        return ` in ${place.region === undefined ? "" : `${place.region} `}countries neighbouring ${country(place.of)}`;
      case "at-sea":
        return place.area === undefined ? " at sea" : ` at sea (${place.area})`;
      case "remote":
        return place.description === undefined ? " remotely" : ` remotely (${place.description})`;
      case "region":
        return ` in ${place.name} (${country(place.country)})`;
      case "areas":
        return ` in ${place.description} in ${country(place.country)}${place.awayFromLineOfContact === true ? ", away from the line of contact" : ""}`;
      case "bloc-territory":
        return ` on the territory of ${actor(place.bloc)}${place.adjacentTo === undefined ? "" : ` adjacent to ${country(place.adjacentTo)}`}`;
    }
  };

  const type = (id: string): string => {
    const index = taxonomy.index.get(id);
    return lowerFirst(index === undefined ? id : taxonomy.labels[index]!);
  };

  const institution = (id: string, holder: string): string => {
    institutions ??= new Map(dataset.institutions.map((entry) => [entry.id, entry]));
    const found = institutions.get(id);
    if (found === undefined) return `the approval of ${id}`;
    const words = found.kind === "other" && found.name !== undefined ? found.name : INSTITUTION_WORDS[found.kind];
    return found.actor === holder ? `${possessiveOf(`the ${words}`)} approval` : `the approval of ${possessiveOf(actor(found.actor))} ${words}`;
  };

  const words: Words = { actor, coalition, type, location, institution };
  return { actor, possessive: (id) => possessiveOf(actor(id)), coalition, type, location, atom: (leaf, holder) => atomWords(words, leaf, holder) };
}

/** What an atom's words are made of: the namer's names, and an institution's approval as `holder` reads it. */
interface Words {
  actor(id: string): string;
  coalition(id: string): string;
  type(id: string): string;
  location(location: Location | undefined): string;
  institution(id: string, holder: string): string;
}

function stanceWords(minStance: string): string {
  return minStance === "open" ? "" : ` (at least ${minStance})`;
}

/** An atom in words, as part of the condition of `holder`'s commitment. */
function atomWords(words: Words, leaf: ConditionAtom, holder: string): string {
  const { actor, coalition, type, location } = words;
  switch (leaf.kind) {
    case "peace":
      return `a ${leaf.form === "agreement" ? "peace agreement" : "ceasefire"} in ${actor(leaf.country)}`;
    case "request":
      return leaf.by === undefined ? "a request" : `a request by ${actor(leaf.by)}`;
    case "approval":
      return words.institution(leaf.institution, holder);
    case "inclusion":
      return leaf.actor === undefined || leaf.actor === holder ? `its inclusion in ${leaf.in}` : `${possessiveOf(actor(leaf.actor))} inclusion in ${leaf.in}`;
    case "commitment":
      return `an offer of ${type(leaf.type)}${location(leaf.location)} by ${actor(leaf.actor)}${stanceWords(leaf.minStance)}`;
    case "threshold": {
      const who =
        leaf.among === undefined
          ? leaf.count === 1
            ? "other actor"
            : "other actors"
          : `other ${leaf.count === 1 ? "participant" : "participants"} of ${coalition(leaf.among)}`;
      return `at least ${leaf.count} ${who} offering ${type(leaf.type)}${location(leaf.location)}${stanceWords(leaf.minStance)}`;
    }
    case "mandate":
      return `a mandate from ${actor(leaf.by)}`;
    case "fact":
      return leaf.description;
  }
}
