import { spawnSync } from "node:child_process";

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/<name>.ts` as an admin would (through tsx), with extra environment. */
export function runScript(name: string, args: string[], env: Record<string, string>): ScriptRun {
  const result = spawnSync("npx", ["tsx", `scripts/${name}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
