import fs from "node:fs";
import path from "node:path";

export const dynamic = "force-static";

// Browsers ask for /favicon.ico on their own (before or between reading <link rel="icon">);
// answer with the site icon instead of a 404 in every console.
export function GET() {
  return new Response(fs.readFileSync(path.join(process.cwd(), "app/icon.svg")), {
    headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" },
  });
}
