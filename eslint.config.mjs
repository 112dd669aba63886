import coreWebVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";

const config = [
  ...coreWebVitals,
  ...typescript,
  {
    ignores: ["lib/generated/**", ".next*/**", "var/**", "node_modules/**", "test-results/**", "playwright-report/**"],
  },
];

export default config;
