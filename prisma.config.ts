import path from "node:path";
import { defineConfig } from "prisma/config";

// `prisma generate` insists on a schema-engine binary being present even though it never
// runs it, and the native engine cannot be downloaded here. Any existing file satisfies
// the check; migrations go through the WebAssembly engine (scripts/migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
