// Reads what `tsc --declaration` wrote for declarations.mts and holds it to its budget:
// each exported value's declaration names its type (the name after `//` in the source) and
// takes at most LINES_PER_VALUE lines. Prints the figures either way; exits 1 on a miss.
import { readFileSync } from "node:fs";

const LINES_PER_VALUE = 3;

const expected = new Map(
  [...readFileSync("declarations.mts", "utf8").matchAll(/^export const (\w+) = .*\/\/ (\w+)$/gm)].map((match) => [match[1], match[2]]),
);
const emitted = readFileSync("declarations/declarations.d.mts", "utf8");
// Each declaration runs from its `export declare const` to the next one (or the end).
const starts = [...emitted.matchAll(/^export declare const (\w+)/gm)];
const declarations = new Map(
  starts.map((match, index) => [match[1], emitted.slice(match.index, starts[index + 1]?.index ?? emitted.length).trimEnd()]),
);

const problems = [];
if (expected.size === 0) problems.push("declarations.mts lists no value");
let longest = { name: "", lines: 0 };
for (const [name, type] of expected) {
  const text = declarations.get(name);
  if (text === undefined) {
    problems.push(`${name}: not in the emitted declarations`);
    continue;
  }
  const lines = text.split("\n").length;
  if (lines > longest.lines) longest = { name, lines };
  if (lines > LINES_PER_VALUE) problems.push(`${name}: ${lines} lines (budget ${LINES_PER_VALUE}):\n${text.slice(0, 400)}`);
  if (!new RegExp(`\\b${type}\\b`).test(text)) problems.push(`${name}: does not name ${type}: ${text.slice(0, 200)}`);
}
if (/zod/.test(emitted)) problems.push("the declarations mention zod");

const totalLines = emitted.trimEnd().split("\n").length;
console.log(
  `declarations of ${expected.size} inferred values: ${totalLines} lines, ${emitted.length} bytes; longest ${longest.lines} line(s) (${longest.name}), budget ${LINES_PER_VALUE} per value`,
);
if (problems.length > 0) {
  console.error(`declaration budget missed:\n${problems.join("\n")}`);
  process.exit(1);
}
