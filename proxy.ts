import { NextResponse, type NextRequest } from "next/server";

// `/unsubscribe?token=` and `/subscribe/confirm?token=` are pages for GET (a button,
// so that mail scanners opening links change nothing) and actions for POST at the same
// URL: RFC 8058 one-click clients POST to the exact URL in List-Unsubscribe. Next.js
// cannot hold a page and a route handler at one path, so POSTs are rewritten to theirs.
const POST_TARGETS: Record<string, string> = {
  "/unsubscribe": "/api/subscribe/unsubscribe",
  "/subscribe/confirm": "/api/subscribe/confirm",
};

export function proxy(request: NextRequest) {
  // Next itself answers a path with broken percent-encoding (`/papers/%E0%A4%A`) with a
  // 500 before any page runs; it is the client's mistake, so say so.
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Bad request: the address has broken percent-encoding.\n", { status: 400 });
  }
  const target = POST_TARGETS[request.nextUrl.pathname];
  if (request.method !== "POST" || !target) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = {
  // Every path but Next's own static assets.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
