import { z } from "zod";
import { DomainError } from "@/lib/errors";

export interface ErrorBody {
  error: string;
  fields?: Record<string, string[]>;
}

/** One place that turns anything thrown into a status and a body safe to show. */
export function describeError(error: unknown): { status: number; body: ErrorBody; headers: Record<string, string> } {
  if (error instanceof z.ZodError) {
    const flat = z.flattenError(error);
    const fields = flat.fieldErrors as Record<string, string[]>;
    const first = Object.entries(fields)[0];
    const message = first ? `${first[0]}: ${first[1][0]}` : (flat.formErrors[0] ?? "invalid input");
    return { status: 400, body: { error: message, fields }, headers: {} };
  }
  if (error instanceof DomainError) {
    return { status: error.status, body: { error: error.message }, headers: error.headers };
  }
  console.error(`[error] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`.split("\n")[0]);
  return { status: 500, body: { error: "Something went wrong on our side." }, headers: {} };
}

/** The JSON response for an error thrown inside a route handler. */
export function errorResponse(error: unknown): Response {
  const { status, body, headers } = describeError(error);
  return Response.json(body, { status, headers });
}
