// Imports papers into the database DATABASE_URL names (see README, "Seeding papers").
//   npm run seed -- <file> [<file>...] [--format hf-api|daily|archive|arxiv-atom]
//                   [--date YYYY-MM-DD] [--skip-invalid] [--dry-run]
import "@/lib/cli/report-fatal-errors";
import { parseArgs } from "node:util";
import { z } from "zod";
import { db } from "@/lib/db";
import { FORMATS } from "@/lib/papers/import/detect-format";
import { importFile, type FileImportResult } from "@/lib/papers/import/import-file";
import { formatProblem } from "@/lib/papers/import/validate-records";
import { bumpDataVersion } from "@/lib/papers/data-version";

const usage =
  "usage: npm run seed -- <file> [<file>...] [--format hf-api|daily|archive|arxiv-atom] [--date YYYY-MM-DD] [--skip-invalid] [--dry-run]";

const argsSchema = z.object({
  files: z.array(z.string()).min(1, "name at least one file"),
  format: z.enum(FORMATS).optional(),
  date: z.iso.date("--date must be a real date, YYYY-MM-DD").default(() => new Date().toISOString().slice(0, 10)),
  "skip-invalid": z.boolean(),
  "dry-run": z.boolean(),
});

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        format: { type: "string" },
        date: { type: "string" },
        "skip-invalid": { type: "boolean", default: false },
        "dry-run": { type: "boolean", default: false },
      },
    });
    const parsed = argsSchema.safeParse({ ...values, files: positionals });
    if (parsed.success) return parsed.data;
    console.error(
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "arguments"}: ${issue.message}`).join("\n"),
    );
  } catch (error) {
    console.error((error as Error).message);
  }
  console.error(usage);
  process.exit(2);
}

function describe(result: FileImportResult, dryRun: boolean): string {
  if (result.fileError) return `${result.file}: not imported: ${result.fileError}`;
  const head = `${result.file} (${result.format}, ${result.records} records)`;
  if (result.problems.length > 0 && !result.applied && result.inserted + result.updated + result.unchanged === 0) {
    const valid = result.records - result.rejected;
    return `${head}: not imported: ${result.rejected} rejected, ${valid} valid; fix the records above or pass --skip-invalid`;
  }
  const verb = dryRun ? "would be " : "";
  const undated = result.withoutDailyDate
    ? `; ${result.withoutDailyDate} without a featured date (kept, shown on no day page)`
    : "";
  return `${head}: ${result.inserted} ${verb}inserted, ${result.updated} ${verb}updated, ${result.unchanged} unchanged, ${result.rejected} rejected${undated}`;
}

const args = parseCommandLine();
const totals = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, withoutDailyDate: 0 };
let failed = false;

for (const filePath of args.files) {
  const started = Date.now();
  const result = await importFile(db(), filePath, {
    format: args.format,
    dailyDate: args.date,
    skipInvalid: args["skip-invalid"],
    dryRun: args["dry-run"],
    onProgress: (done, total) => {
      if (total > 1_000 && (done % 10_000 < 500 || done === total)) {
        process.stderr.write(
          `${filePath}: ${done}/${total} records (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
        );
      }
    },
  });
  for (const problem of result.problems) console.error(formatProblem(problem));
  console.log(describe(result, args["dry-run"]));
  if (result.applied) bumpDataVersion();
  failed ||= result.fileError !== null || (result.problems.length > 0 && !args["skip-invalid"]);
  for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
}

const verb = args["dry-run"] ? "would be " : "";
console.log(
  `seed: ${args["dry-run"] ? "dry run, nothing written: " : ""}${args.files.length} file(s): ${totals.inserted} ${verb}inserted, ${totals.updated} ${verb}updated, ${totals.unchanged} unchanged, ${totals.rejected} rejected` +
    (totals.withoutDailyDate ? `; ${totals.withoutDailyDate} without a featured date` : ""),
);
await db().$disconnect();
process.exitCode = failed ? 1 : 0;
