import { normalizeArxivId } from "@/lib/papers/arxiv-id";
import { importedPaperSchema, type ImportedPaper } from "@/lib/papers/import/normalize";
import type { RawRecord } from "@/lib/papers/import/raw-record";

export interface ImportProblem {
  file: string;
  position: number;
  id: string | null;
  field: string;
  message: string;
}

/** `file:record (id): field: message`, the line an admin reads to find and fix a record. */
export function formatProblem({ file, position, id, field, message }: ImportProblem): string {
  return `${file}:${position} (${id ?? "no id"}): ${field}: ${message}`;
}

/** Validates every record; a record's problems are all reported, not just its first. */
export function validateRecords(file: string, records: RawRecord[]) {
  const valid: ImportedPaper[] = [];
  const problems: ImportProblem[] = [];
  const firstPositionOf = new Map<string, number>();
  let rejected = 0;
  for (const { position, fields } of records) {
    const rawId = typeof fields.id === "string" ? normalizeArxivId(fields.id) : null;
    const result = importedPaperSchema.safeParse(fields);
    if (!result.success) {
      rejected++;
      for (const issue of result.error.issues) {
        problems.push({
          file,
          position,
          id: rawId || null,
          field: issue.path.join(".") || "record",
          message: issue.message,
        });
      }
      continue;
    }
    const earlier = firstPositionOf.get(result.data.id);
    if (earlier !== undefined) {
      rejected++;
      problems.push({
        file,
        position,
        id: result.data.id,
        field: "id",
        message: `appears again (first at record ${earlier})`,
      });
      continue;
    }
    firstPositionOf.set(result.data.id, position);
    valid.push(result.data);
  }
  return { valid, problems, rejected };
}
