import * as z from "zod";

const votes = z.int().min(0).max(1e9);

/**
 * The votes of a decision (a parliament's vote): yes, no, abstain and absent, each
 * where the source gives it, one at least.
 *
 * @example
 * ```ts
 * import { VoteTallySchema } from "coalition/schema";
 * VoteTallySchema.safeParse({ yes: 166, no: 27, abstain: 11 }).success;
 * //=> true
 * VoteTallySchema.safeParse({}).success;
 * //=> false
 * ```
 *
 * @category Parsing
 */
export const VoteTallySchema = z
  .strictObject({
    yes: votes.optional(),
    no: votes.optional(),
    abstain: votes.optional(),
    absent: votes.optional(),
  })
  .refine((tally) => Object.values(tally).some((value) => value !== undefined), {
    message: "a vote tally gives at least one of yes, no, abstain and absent",
  })
  .meta({ description: "Votes for, against, abstaining and absent; one at least.", minProperties: 1 });
