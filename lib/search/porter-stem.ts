import { stemmer } from "stemmer";

// Terms computed here must be the terms SQLite's FTS5 `porter` tokenizer stored in
// `paper_fts_vocab`; porter-stem.test.ts checks the two agree on real abstracts.

/** The stem of one lower-cased, diacritic-free token, as FTS5's porter tokenizer stores it. */
export function porterStem(token: string): string {
  // FTS5 leaves tokens shorter than 3 or longer than 64 bytes as they are.
  const bytes = Buffer.byteLength(token);
  return bytes < 3 || bytes > 64 ? token : stemmer(token);
}

/** Splits text into tokens the way unicode61 with remove_diacritics does: lower case, accents dropped. */
export function tokenize(text: string): string[] {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
