"use client";

import { useSyncExternalStore } from "react";
import { findPathProblem } from "@/lib/papers/find-path-problem";

const neverChanges = () => () => {};

/**
 * Says what was wrong with a malformed address on the 404 page. The page itself is the
 * same static HTML for every unmatched address, so the reason is worked out here, from
 * the address in the browser, once the page has loaded (nothing on the server pass).
 */
export function PathProblemHint() {
  const problem = useSyncExternalStore(
    neverChanges,
    () => findPathProblem(window.location.pathname),
    () => null,
  );
  return problem ? (
    <p className="notice notice--error" role="alert">
      {problem}
    </p>
  ) : null;
}
