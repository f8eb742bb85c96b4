// What a call comes to, as one line a test can compare: "answered", the library's
// refusal ("<code>: <message>"), or anything else it threw ("foreign: ..."), which a
// test of refusals wants to see spelt out rather than thrown past its expectation.
import { isCoalitionError } from "../../src/index.js";

export function outcomeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return isCoalitionError(error) ? `${error.code}: ${error.message}` : `foreign: ${String(error)}`;
  }
  return "answered";
}
