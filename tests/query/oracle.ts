// Plain, slow restatements of the stance rules, written from the documentation without
// the library's index or its query code, to check the queries against on random
// datasets: the strongest stance in force, and which actors are contested.
import { locationKey, STANCES, type Dataset, type Stance } from "../../src/index.js";
import { effective, inForce, typeAndAncestors } from "../aggregate/oracle.js";

type Commitment = Dataset["commitments"][number];
type Position = Dataset["positions"][number];

/** The strongest of some stances (STANCES lists them strongest first), or null for none. */
function strongestOf(stances: readonly Stance[]): Stance | null {
  return STANCES.find((stance) => stances.includes(stance)) ?? null;
}

/** Whether some two statements are on one subject (`subjectOf`) at different stances. */
function disagree<T extends { readonly stance: Stance }>(statements: readonly T[], subjectOf: (statement: T) => string): boolean {
  return statements.some((a) => statements.some((b) => subjectOf(a) === subjectOf(b) && a.stance !== b.stance));
}

const placeOf = (commitment: Commitment) => (commitment.location === undefined ? "" : locationKey(commitment.location));

/**
 * An actor's stance on a contribution type (its subtypes counted) as of a day: the
 * statements in force, the strongest of their stances, and whether two of them on one
 * type and location disagree.
 */
export function stanceOracle(data: Dataset, actor: string, type: string, asOf: string) {
  const statements = inForce(data, asOf).filter((commitment) => commitment.actor === actor && typeAndAncestors(data, commitment.type).includes(type));
  return {
    ids: statements.map((statement) => statement.id).sort(),
    stance: strongestOf(statements.map((statement) => statement.stance)),
    contested: disagree(statements, (statement) => `${statement.type}\n${placeOf(statement)}`),
  };
}

/** The positions in force as of a day: per actor, proposal and speaking institution, the latest (the greater id on a tie). */
function positionsInForce(data: Dataset, asOf: string): Position[] {
  const latest = new Map<string, { position: Position; day: string }>();
  for (const position of data.positions) {
    const day = effective(data, position.date, position.sources);
    if (day > asOf) continue;
    const key = JSON.stringify([position.actor, position.proposal, position.statedBy?.institution ?? null]);
    const held = latest.get(key);
    if (held === undefined || day > held.day || (day === held.day && position.id > held.position.id)) latest.set(key, { position, day });
  }
  return [...latest.values()].map((entry) => entry.position);
}

/** The actors contested as of a day: per actor and subject (a type at a location, or a proposal), the ids of the statements in force when they disagree. */
export function contestedOracle(data: Dataset, asOf: string): { actor: string; subject: string; ids: string[] }[] {
  const groups = new Map<string, { actor: string; subject: string; statements: { id: string; stance: Stance }[] }>();
  const add = (actor: string, subject: string, statement: { id: string; stance: Stance }) => {
    const key = `${actor}\n${subject}`;
    const group = groups.get(key) ?? { actor, subject, statements: [] };
    group.statements.push(statement);
    groups.set(key, group);
  };
  for (const commitment of inForce(data, asOf)) add(commitment.actor, `contribution ${commitment.type} ${placeOf(commitment)}`, commitment);
  for (const position of positionsInForce(data, asOf)) add(position.actor, `proposal ${position.proposal}`, position);
  return [...groups.values()]
    .filter((group) => disagree(group.statements, () => ""))
    .map((group) => ({ actor: group.actor, subject: group.subject, ids: group.statements.map((statement) => statement.id).sort() }));
}

/**
 * The dataset with disagreements added: for two commitments in five and every third
 * position stated by an institution, a copy (a new id) stated by another institution of
 * the same actor, one stance weaker or stronger, on the same day; half the commitments'
 * copies at another place (no contest). The generated datasets hold almost none, and a
 * check of `contested` needs both answers.
 */
export function withDisagreements(data: Dataset): Dataset {
  const others = new Map<string, string[]>();
  for (const { id, actor } of data.institutions) {
    const list = others.get(actor);
    if (list === undefined) others.set(actor, [id]);
    else list.push(id);
  }
  const otherStance = (stance: Stance) => STANCES[(STANCES.indexOf(stance) + 1) % STANCES.length] as Stance;
  const otherVoice = (actor: string, institution: string) => others.get(actor)?.find((id) => id !== institution);
  const commitments: Commitment[] = [...data.commitments];
  data.commitments.forEach((commitment, i) => {
    const voice = commitment.statedBy === undefined || i % 5 > 1 ? undefined : otherVoice(commitment.actor, commitment.statedBy.institution);
    if (voice === undefined) return;
    const other = { ...commitment, id: `${commitment.id}-other`, statedBy: { institution: voice }, stance: otherStance(commitment.stance) };
    // One in two at another place: a disagreement across places is no contest.
    commitments.push(i % 5 === 0 ? other : { ...other, location: { kind: "remote", description: "elsewhere" } });
  });
  const positions: Position[] = [...data.positions];
  data.positions.forEach((position, i) => {
    const voice = position.statedBy === undefined || i % 3 !== 0 ? undefined : otherVoice(position.actor, position.statedBy.institution);
    if (voice !== undefined) positions.push({ ...position, id: `${position.id}-other`, statedBy: { institution: voice }, stance: otherStance(position.stance) });
  });
  return { ...data, commitments, positions };
}
