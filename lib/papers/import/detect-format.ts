import { FileFormatError, isObject } from "@/lib/papers/import/raw-record";

export const FORMATS = ["hf-api", "daily", "archive", "arxiv-atom"] as const;
export type ImportFormat = (typeof FORMATS)[number];

export type ParsedFile =
  { format: "arxiv-atom"; xml: string } | { format: Exclude<ImportFormat, "arxiv-atom">; json: unknown };

/** Reads a file's content as the format it forces, or the one its content shows. */
export function parseImportFile(content: string, forced?: ImportFormat): ParsedFile {
  const trimmed = content.replace(/^\uFEFF/, "").trimStart();
  if (forced === "arxiv-atom" || (!forced && trimmed.startsWith("<"))) return { format: "arxiv-atom", xml: trimmed };
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (error) {
    throw new FileFormatError(`not valid JSON: ${(error as Error).message}`);
  }
  if (forced) return { format: forced, json };
  if (Array.isArray(json)) return { format: "hf-api", json };
  if (isObject(json) && Array.isArray(json.papers)) return { format: "daily", json };
  if (isObject(json) && isObject(json.papers)) return { format: "archive", json };
  throw new FileFormatError(
    "unrecognized content: expected a daily_papers array, a daily export, an archive or an arXiv Atom feed",
  );
}
