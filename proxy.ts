import { NextResponse, type NextRequest } from "next/server";
import { findPathProblem } from "@/lib/papers/find-path-problem";

// `/unsubscribe?token=` and `/subscribe/confirm?token=` are pages for GET (a button,
// so that mail scanners opening links change nothing) and actions for POST at the same
// URL: RFC 8058 one-click clients POST to the exact URL in List-Unsubscribe. Next.js
// cannot hold a page and a route handler at one path, so POSTs are rewritten to theirs.
const POST_TARGETS: Record<string, string> = {
  "/unsubscribe": "/api/subscribe/unsubscribe",
  "/subscribe/confirm": "/api/subscribe/confirm",
};

/**
 * A path no route matches. Next 16 answers a page's own `notFound()` with an empty HTML
 * shell that only JavaScript fills in (vercel/next.js#98954), but renders the real 404
 * page for an unmatched path: malformed dates and ids are sent there.
 */
const NOT_FOUND_PATH = "/_not-a-page";

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // Next itself would answer this with a 500 before any page runs.
    return new NextResponse("Bad request: the address has broken percent-encoding.\n", { status: 400 });
  }
  if (/[\u0000-\u001f]/.test(decoded)) {
    return new NextResponse("Bad request: the address holds control characters.\n", { status: 400 });
  }
  const target = POST_TARGETS[pathname];
  const rewriteTo = (path: string) => {
    const url = request.nextUrl.clone(); // keeps the query string: the token is in it
    url.pathname = path;
    return NextResponse.rewrite(url);
  };
  if (request.method === "POST" && target) return rewriteTo(target);
  if (pathname.startsWith("/papers/") && findPathProblem(pathname)) return rewriteTo(NOT_FOUND_PATH);
  return NextResponse.next();
}

export const config = {
  // Every path but Next's own static assets.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
