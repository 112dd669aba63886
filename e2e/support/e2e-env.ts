import path from "node:path";

/**
 * Where the e2e site runs, and where its SMTP server drops what it receives. Each can
 * be moved by its variable, so that two e2e runs on one machine keep apart.
 */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const E2E_DIR = path.resolve(process.env.E2E_DIR ?? "var/e2e");
export const E2E_MAIL_DIR = path.join(E2E_DIR, "mail");
export const E2E_DATABASE_URL = `file:${path.join(E2E_DIR, "e2e.db")}`;
