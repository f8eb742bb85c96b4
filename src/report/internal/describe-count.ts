import type { Count } from "../../model/types.js";

/**
 * A count in words for a report: the figure, or the source's words where the count is
 * not a plain figure ("over 30", "about six"), then what it counts, except participants,
 * which a report's participant counts count already: "37", "25 countries", "30 to 35
 * leaders", "at least 31 countries".
 * @internal
 */
export function describeCount(count: Count): string {
  let figure: string;
  switch (count.kind) {
    case "exact":
      figure = String(count.value);
      break;
    case "range":
      figure = `${count.low} to ${count.high}`;
      break;
    case "at-least":
      figure = count.phrase ?? `at least ${count.value}`;
      break;
    case "at-most":
      figure = count.phrase ?? `at most ${count.value}`;
      break;
    case "approximate":
      figure = count.phrase;
      break;
  }
  return count.of === "participants" ? figure : `${figure} ${count.of.includes(":") ? count.of : count.of.replaceAll("-", " ")}`;
}
