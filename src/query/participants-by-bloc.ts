import type { AsOfOptions } from "../model/as-of-options.js";
import type { DatasetSource } from "../model/dataset-source.js";
import type { Dataset, Membership } from "../model/types.js";
import { asOfIso, asOfKey } from "../internal/dates/day-key.js";
import { heldAsOf } from "../internal/dates/held-as-of.js";
import { datasetOf } from "../internal/index/source.js";
import { lookupsOf } from "../internal/lookups.js";

/**
 * Options of {@link participantsByBloc}: `asOf` is the day memberships (and a coalition's participation) are read at.
 *
 * @category Queries
 */
export interface ParticipantsByBlocOptions extends AsOfOptions {}

/**
 * A participant, with the records that place it in or out of the bloc.
 *
 * @category Queries
 */
export interface BlocParticipant {
  readonly actor: string;
  /** The membership in force, or null for a non-member. */
  readonly membership: Membership | null;
  /** The sources of its participation and, for a member, of its membership. */
  readonly sources: readonly string[];
}

/**
 * The participants of a coalition or event, split by membership of a bloc.
 *
 * @category Queries
 */
export interface ParticipantsByBloc {
  /** The coalition or event. */
  readonly of: string;
  readonly bloc: string;
  readonly asOf: string | null;
  readonly members: readonly BlocParticipant[];
  readonly nonMembers: readonly BlocParticipant[];
}

/**
 * The participants of a coalition (as of a day) or of an event (its hosts and
 * participants), split into members and non-members of a bloc as of that day. A
 * membership holds from the end of its start date to the day before it ended; a state
 * the bloc lists no membership for is not a member. Both lists are sorted by actor id;
 * an unknown coalition, event or bloc is an answer (no participant, or no member).
 *
 * @param source A parsed dataset, or its index.
 * @param of The id of a coalition or an event.
 * @param bloc The id of an organization with memberships.
 * @param options The day to answer as of (for participations and memberships alike).
 * @returns The participants split into `members` and `nonMembers`, each with the membership record that places it.
 * @throws {CoalitionError} `invalid_argument` for an invalid `asOf`.
 * @example
 * ```ts
 * import { participantsByBloc } from "coalition";
 * import { seedDataset } from "coalition/fixtures";
 * const talks = participantsByBloc(seedDataset(), "coalition-talks", "nato", { asOf: "2025-03-13" });
 * talks.nonMembers.map((participant) => participant.actor);
 * //=> ["AU", "JP", "NZ"]
 * talks.members.map((participant) => [participant.actor, participant.membership?.from]);
 * //=> [["CA", "1949-04-04"], ["FR", "1949-04-04"], ["GB", "1949-04-04"]]
 * ```
 *
 * @category Queries
 */
export function participantsByBloc(
  source: DatasetSource,
  of: string,
  bloc: string,
  options: ParticipantsByBlocOptions = {},
): ParticipantsByBloc {
  const dataset = datasetOf(source);
  const asOf = asOfKey(options.asOf);
  const lookups = lookupsOf(dataset);
  const organization = dataset.organizations.find((candidate) => candidate.id === bloc);
  const members: BlocParticipant[] = [];
  const nonMembers: BlocParticipant[] = [];
  // By actor id; the keys of a map are distinct, so no two compare equal.
  for (const [actor, sources] of [...participantsOf(dataset, of, asOf)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const membership =
      organization?.memberships.find(
        (candidate) => candidate.member === actor && heldAsOf(lookups.dateKey(candidate.from), candidate.to, asOf),
      ) ?? null;
    if (membership === null) nonMembers.push({ actor, membership, sources: [...new Set(sources)] });
    else members.push({ actor, membership, sources: [...new Set([...sources, ...membership.sources])] });
  }
  return { of, bloc, asOf: asOfIso(asOf), members, nonMembers };
}

/** The participants of a coalition as of a day, or of an event (its hosts and participants), each with the sources that say so. */
function participantsOf(dataset: Dataset, of: string, asOf: number): Map<string, string[]> {
  const lookups = lookupsOf(dataset);
  const participants = new Map<string, string[]>();
  const coalition = dataset.coalitions.find((candidate) => candidate.id === of);
  if (coalition !== undefined) {
    for (const participation of coalition.participants) {
      if (!heldAsOf(lookups.effectiveKey(participation.from, participation.sources), participation.to, asOf)) continue;
      const sources = participants.get(participation.actor);
      if (sources === undefined) participants.set(participation.actor, [...participation.sources]);
      else sources.push(...participation.sources);
    }
    return participants;
  }
  const event = dataset.events.find((candidate) => candidate.id === of);
  if (event !== undefined) {
    for (const actor of [...(event.hosts ?? []), ...(event.participants ?? [])]) participants.set(actor, [...event.sources]);
  }
  return participants;
}
