/**
 * The client's address: the right-most X-Forwarded-For entry, which is the one the
 * nearest proxy (or Next.js itself, from the socket) added; entries left of it are
 * whatever the client chose to send.
 */
export function readClientIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").pop()?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || null;
}

/**
 * Whether a browser navigated here by submitting a plain HTML form (no JavaScript): such
 * a request gets a redirect to a page (post/redirect/get), any other client gets data.
 */
export function isPageSubmission(request: Request): boolean {
  const mode = request.headers.get("sec-fetch-mode");
  if (mode) return mode === "navigate";
  return (request.headers.get("accept") ?? "").includes("text/html");
}

/** A 303 to a path on this site, relative so that it works behind any host name. */
export function redirectToPage(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });
}
