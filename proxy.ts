import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = "/papers/problem";
  url.search = `?reason=${encodeURIComponent("test reason")}`;
  return NextResponse.rewrite(url, { status: 404 });
}

export const config = { matcher: ["/papers/date/:path+"] };
