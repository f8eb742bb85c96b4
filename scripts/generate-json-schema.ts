// Writes schema/dataset.schema.json, the JSON Schema editors validate datasets with,
// from the zod schemas the parser uses. With --check it writes nothing and fails
// when the committed file differs, so CI catches a schema change without its file.
//
//   npx tsx scripts/generate-json-schema.ts           (or: npm run schema)
//   npx tsx scripts/generate-json-schema.ts --check
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { datasetJsonSchema } from "../src/schema.js";

/** Where the package ships the schema (`coalition/schema/dataset.schema.json`). */
export const JSON_SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../schema/dataset.schema.json");

/** The file's exact contents: the schema pretty-printed, with a trailing newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}

function main(args: readonly string[]): number {
  const shown = relative(process.cwd(), JSON_SCHEMA_PATH);
  const text = jsonSchemaText();
  if (args.includes("--check")) {
    const committed = existsSync(JSON_SCHEMA_PATH) ? readFileSync(JSON_SCHEMA_PATH, "utf8") : undefined;
    if (committed === text) {
      console.log(`${shown} is up to date.`);
      return 0;
    }
    console.error(
      committed === undefined
        ? `${shown} is missing. Run \`npx tsx scripts/generate-json-schema.ts\` and commit it.`
        : `${shown} is out of date with the zod schemas in src/schema/. ` +
            "Run `npx tsx scripts/generate-json-schema.ts` and commit the result."
    );
    return 1;
  }
  mkdirSync(dirname(JSON_SCHEMA_PATH), { recursive: true });
  writeFileSync(JSON_SCHEMA_PATH, text);
  console.log(`Wrote ${shown}.`);
  return 0;
}

// Run only as a script, so tests can import jsonSchemaText without writing the file.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
