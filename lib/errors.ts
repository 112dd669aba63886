// Errors the domain throws, free of any library so that client components may import
// them too; lib/error-response.ts maps them (and zod's) to HTTP answers.
/** A failure the user caused and can fix: it maps to a 4xx with its message. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super(message, 404);
    this.name = "NotFoundError";
  }
}
