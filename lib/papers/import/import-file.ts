import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseImportFile, type ImportFormat } from "@/lib/papers/import/detect-format";
import { readArchive } from "@/lib/papers/import/formats/archive";
import { readArxivAtom } from "@/lib/papers/import/formats/arxiv-atom";
import { readDailyExport } from "@/lib/papers/import/formats/daily-export";
import { readHfApi } from "@/lib/papers/import/formats/hf-api";
import { applyPapers, type ApplyCounts } from "@/lib/papers/import/apply-papers";
import { FileFormatError, type RawRecord } from "@/lib/papers/import/raw-record";
import { validateRecords, type ImportProblem } from "@/lib/papers/import/validate-records";

export interface ImportOptions {
  format?: ImportFormat;
  /** The featured day for arXiv Atom feeds (which carry none), YYYY-MM-DD. */
  dailyDate: string;
  skipInvalid?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface FileImportResult extends ApplyCounts {
  file: string;
  format: ImportFormat | null;
  records: number;
  rejected: number;
  /** Valid records with no featured day: stored, but on no day page. */
  withoutDailyDate: number;
  problems: ImportProblem[];
  /** A file-level fault (unreadable, not JSON, unknown shape): nothing was read from it. */
  fileError: string | null;
  /** Whether anything was written (false for dry runs and refused files). */
  applied: boolean;
}

function readRecords(content: string, options: ImportOptions): { format: ImportFormat; records: RawRecord[] } {
  const parsed = parseImportFile(content, options.format);
  switch (parsed.format) {
    case "arxiv-atom":
      return { format: parsed.format, records: readArxivAtom(parsed.xml, options.dailyDate) };
    case "hf-api":
      return { format: parsed.format, records: readHfApi(parsed.json) };
    case "daily":
      return { format: parsed.format, records: readDailyExport(parsed.json) };
    case "archive":
      return { format: parsed.format, records: readArchive(parsed.json) };
  }
}

/**
 * Imports one file. By default a file with any invalid record writes nothing; with
 * `skipInvalid` the valid records are applied and the rest reported.
 */
export async function importFile(
  db: PrismaClient,
  filePath: string,
  options: ImportOptions,
): Promise<FileImportResult> {
  const file = path.basename(filePath);
  const empty = {
    file,
    format: null,
    records: 0,
    rejected: 0,
    withoutDailyDate: 0,
    problems: [],
    inserted: 0,
    updated: 0,
    unchanged: 0,
    applied: false,
  };
  let read: ReturnType<typeof readRecords>;
  try {
    read = readRecords(fs.readFileSync(filePath, "utf8"), options);
  } catch (error) {
    if (error instanceof FileFormatError || (error as NodeJS.ErrnoException).code) {
      return { ...empty, fileError: (error as Error).message };
    }
    throw error;
  }
  const { valid, problems, rejected } = validateRecords(file, read.records);
  const base = {
    ...empty,
    format: read.format,
    records: read.records.length,
    rejected,
    problems,
    fileError: null,
    withoutDailyDate: valid.filter((paper) => !paper.dailyDate).length,
  };
  if (problems.length > 0 && !options.skipInvalid) return base;
  const total = valid.length;
  const counts = await applyPapers(db, valid, {
    dryRun: options.dryRun,
    onProgress: (done) => options.onProgress?.(done, total),
  });
  return { ...base, ...counts, applied: !options.dryRun && counts.inserted + counts.updated > 0 };
}
