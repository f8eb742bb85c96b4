// The boolean structure of a condition text, read with an explicit stack of open
// brackets instead of recursion, so that a condition 10,000 levels deep costs a stack
// of 10,000 frames on the heap, not on the call stack. Precedence: `not` binds
// tightest, then `and`, then `or`; a chain `a and b and c` is one `all` of three, and
// brackets keep a nested chain apart: `a and (b and c)` is an `all` inside an `all`.
import { LIMITS } from "../../model/limits.js";
import type { Condition } from "../../model/types.js";
import type { ConditionTextProblem } from "../../errors/coalition-error.js";
import type { Lexer, Position, Token } from "./lexer.js";
import { isOffers, parseAtom, type ParsedAtom } from "./parse-atom.js";
import { oneOf, problemAt, unexpected } from "./problems.js";
import { LOCATION_SYNTAX } from "./syntax.js";

/** An open bracket (or the text itself) and what has been read inside it so far. */
interface Frame {
  /** What opened it: the text itself, `(`, `all(` or `any(`. */
  readonly opener: "text" | "(" | "all" | "any";
  readonly at: Position;
  /** How many `not`s wait for the next operand. */
  nots: number;
  /** The operands of the `and` chain being read. */
  and: Condition[];
  /** The finished `and` chains of the `or` chain being read. */
  or: Condition[];
  /** Inside `all(` or `any(`: the arguments finished, before the one being read. */
  readonly args: Condition[];
}

const frame = (opener: Frame["opener"], at: Position): Frame => ({ opener, at, nots: 0, and: [], or: [], args: [] });
const node = (kind: "all" | "any", of: Condition[]): Condition => Object.freeze({ kind, of: Object.freeze(of) });

/**
 * The condition the whole text writes, or undefined once a syntax error ends the
 * reading, or LIMITS.issueCount problems (ended with one saying where it stopped).
 */
export function parseExpression(lex: Lexer, problems: ConditionTextProblem[]): Condition | undefined {
  const frames: Frame[] = [frame("text", lex.peek())];
  let operand = true;
  // The atom just read, if the last operand was one: what else could have followed it.
  let last: ParsedAtom | undefined;
  for (;;) {
    const top = frames[frames.length - 1] as Frame;
    const token = lex.peek();
    if (tooMany(problems, token)) return undefined;
    const word = wordOf(token);
    if (operand) {
      const opener = openerOf(token, word, lex.peek(1));
      if (opener === "") {
        last = parseAtom(lex, problems);
        if (last === undefined) return undefined;
        push(top, last.atom);
        operand = false;
        continue;
      }
      lex.next();
      if (opener === "not") top.nots++;
      else frames.push(frame(opener, token));
      // `all(` and `any(` are two tokens.
      if (opener === "all" || opener === "any") lex.next();
      continue;
    }
    lex.next();
    operand = true;
    if (word === "and") continue;
    if (word === "or") closeAnd(top);
    else if (token.kind === "," && (top.opener === "all" || top.opener === "any")) top.args.push(finish(top));
    else if (token.kind === ")" && top.opener !== "text") {
      frames.pop();
      if (top.opener !== "(") top.args.push(finish(top));
      push(frames[frames.length - 1] as Frame, top.opener === "(" ? finish(top) : node(top.opener, top.args));
      last = undefined;
      operand = false;
    } else if (token.kind === "end" && top.opener === "text") return finish(top);
    else {
      problems.push(afterOperand(token, top, last));
      return undefined;
    }
  }
}

/** Whether the reading stops here: past LIMITS.issueCount problems (said by one more), so that a hostile text costs bounded memory. */
function tooMany(problems: ConditionTextProblem[], token: Token): boolean {
  if (problems.length < LIMITS.issueCount) return false;
  problems.push(problemAt(token, `too many problems: the reading stops here, after ${problems.length}`, `at most ${LIMITS.issueCount} problems`));
  return true;
}

/** A word token in lower case (keywords are read whatever their case); "" for any other token. */
function wordOf(token: Token): string {
  return token.kind === "word" ? token.text.toLowerCase() : "";
}

/** What a token at the start of an operand opens: `not`, `(`, `all(` or `any(`; "" for an atom. */
function openerOf(token: Token, word: string, next: Token): "not" | "(" | "all" | "any" | "" {
  // "not offers x" is an actor called "not" that offers x.
  if (word === "not") return isOffers(next) ? "" : "not";
  if (token.kind === "(") return "(";
  return (word === "all" || word === "any") && next.kind === "(" ? word : "";
}

/** An operand read: under the `not`s waiting for it, into the `and` chain. */
function push(frame: Frame, operand: Condition): void {
  let value = operand;
  for (; frame.nots > 0; frame.nots--) value = Object.freeze({ kind: "not", of: value });
  frame.and.push(value);
}

function closeAnd(frame: Frame): void {
  frame.or.push(frame.and.length === 1 ? (frame.and[0] as Condition) : node("all", frame.and));
  frame.and = [];
}

/** What the frame holds, as one condition; the frame is left empty for its next argument. */
function finish(frame: Frame): Condition {
  closeAnd(frame);
  const value = frame.or.length === 1 ? (frame.or[0] as Condition) : node("any", frame.or);
  frame.or = [];
  return value;
}

/** The problem of a token that cannot follow an operand there. */
function afterOperand(token: Token, frame: Frame, last: ParsedAtom | undefined): ConditionTextProblem {
  const closers = frame.opener === "text" ? ["the end"] : frame.opener === "(" ? ["')'"] : ["','", "')'"];
  const follow: string[] = [];
  const words = ["and", "or"];
  if (last?.location === true) follow.push("a location"), words.push(...Object.keys(LOCATION_SYNTAX));
  if (last?.stance === true) follow.push("'at-least' and a stance"), words.push("at-least");
  if (last?.quote === true) follow.push("a quote");
  const problem = unexpected(token, oneOf([...follow, "'and'", "'or'", ...closers]), words);
  if (token.kind !== "end") return problem;
  const opener = frame.opener === "(" ? "(" : `${frame.opener}(`;
  return Object.freeze({ ...problem, message: `the '${opener}' at line ${frame.at.line}, column ${frame.at.column} is never closed` });
}
