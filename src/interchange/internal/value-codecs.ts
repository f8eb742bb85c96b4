// Codecs of the values that are not one cell of one field: who stated a record (two
// columns), and a condition (one cell, in the condition text syntax).
import { printCondition } from "../../condition-text/print-condition.js";
import { safeParseConditionText } from "../../condition-text/safe-parse-condition-text.js";
import type { Condition } from "../../model/types.js";
import { ID_PATTERN, NOT_GIVEN } from "./columns.js";
import { column, readInto, type CellSource, type FieldCodec, type Fields } from "./codecs.js";

/** Who stated a record: its institution in `speaker`, the person speaking for it in `speaker_person`. */
export function speakerCodec(name: string): FieldCodec {
  const institution = column("speaker", "string", "The institution that stated it (an institutions id); not given where the source names none.", { pattern: ID_PATTERN });
  const person = column("speaker_person", "string", "The person who spoke for the institution (a persons id), where the source names one.", { pattern: ID_PATTERN });
  return {
    columns: [institution, person],
    write(record, out) {
      const speaker = record[name] as { institution: string; person?: string } | undefined;
      out.push(speaker?.institution ?? NOT_GIVEN, speaker?.person ?? NOT_GIVEN);
    },
    read(cells, into) {
      cells.from([name], institution.name);
      cells.from([name, "institution"], institution.name);
      cells.from([name, "person"], person.name);
      const speaker: Fields = {};
      readInto(cells, institution, "institution", speaker);
      readInto(cells, person, "person", speaker);
      if (Object.keys(speaker).length > 0) into[name] = speaker;
    },
  };
}

/** A condition in one cell, as its canonical text (see the guide "Conditions as text"). */
export function conditionCodec(name: string, description: string): FieldCodec {
  const spec = column("condition", "string", `${description} Written in the condition text syntax: peace(UA) and request(UA).`);
  return {
    columns: [spec],
    write(record, out) {
      const condition = record[name] as Condition | undefined;
      out.push(condition === undefined ? NOT_GIVEN : printCondition(condition));
    },
    read(cells, into) {
      cells.from([name], spec.name);
      const text = cells.text(spec.name);
      if (text === NOT_GIVEN) return;
      const result = safeParseConditionText(text);
      if (result.success) {
        into[name] = result.data;
        return;
      }
      const problems = result.error.problems.map(
        ({ line, column: at, message, expected }) => `${message} (at line ${line}, column ${at} of the text: expected ${expected})`,
      );
      cells.problem(spec.name, `the condition text does not parse: ${problems.join("; ")}`);
    },
  };
}

/**
 * An object field (`series`, `assumptions`) whose parts are fields of their own, each in
 * its columns: given when one part at least is.
 */
export function objectCodec(name: string, parts: readonly FieldCodec[]): FieldCodec {
  return {
    columns: parts.flatMap((part) => part.columns),
    write(record, out) {
      const value = (record[name] as Fields | undefined) ?? {};
      for (const part of parts) part.write(value, out);
    },
    read(cells, into) {
      const inner: CellSource = { ...cells, from: (path, columnName) => cells.from([name, ...path], columnName) };
      const value: Fields = {};
      for (const part of parts) part.read(inner, value);
      if (Object.keys(value).length > 0) into[name] = value;
    },
  };
}
