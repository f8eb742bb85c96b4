/**
 * The stages of fulfilment of a commitment, in their order: announced, specified,
 * delivered, deployed, and withdrawn, which ends it.
 * @internal
 */
export const FULFILMENT_STAGES = ["announced", "specified", "delivered", "deployed", "withdrawn"] as const;

/** A stage of fulfilment. @internal */
export type FulfilmentStageName = (typeof FULFILMENT_STAGES)[number];
