import { describeError } from "@/lib/errors";

/** Says what was wrong with a URL, above the 404 page (a not-found page itself cannot see the URL). */
export function PageProblem({ check }: { check: () => unknown }) {
  let message: string | null = null;
  try {
    check();
  } catch (error) {
    message = describeError(error).body.error;
  }
  return message ? (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  ) : null;
}
