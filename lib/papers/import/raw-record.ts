/** One record as a format adapter found it: where it stood, and its fields in our names. */
export interface RawRecord {
  /** 1-based position in the file. */
  position: number;
  fields: Record<string, unknown>;
}

/** The file as a whole is not of the format (not JSON, wrong top-level shape). */
export class FileFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileFormatError";
  }
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `[{ name }]` or `["name"]` to names; anything else is passed through for the schema to reject. */
export const authorNames = (authors: unknown): unknown =>
  Array.isArray(authors) ? authors.map((author) => (isObject(author) ? author.name : author)) : authors;
