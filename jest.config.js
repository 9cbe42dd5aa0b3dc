// Three kinds of tests, one run: plain unit tests (sandbox, Flinks client, pure helpers),
// module tests (the banking service on a real PostgreSQL) and HTTP tests (a whole Medusa app).
const transform = {
  "^.+\\.[jt]sx?$": [
    "@swc/jest",
    { jsc: { parser: { syntax: "typescript", decorators: true, tsx: true }, target: "es2021" } },
  ],
}

const common = {
  transform,
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "tsx", "json"],
  modulePathIgnorePatterns: ["dist/", "<rootDir>/.medusa/", "<rootDir>/.demo/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

// The browser tests (integration-tests/e2e/*.e2e.ts) run under Playwright: scripts/test-e2e.mjs and
// playwright.config.ts.
module.exports = {
  projects: [
    {
      ...common,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s", "<rootDir>/sandbox/**/__tests__/**/*.spec.[jt]s"],
    },
    {
      ...common,
      displayName: "contract",
      testMatch: ["<rootDir>/integration-tests/contract/**/*.spec.[jt]s"],
    },
    {
      ...common,
      displayName: "modules",
      testMatch: ["<rootDir>/src/modules/*/__tests__/**/*.spec.[jt]s"],
      testPathIgnorePatterns: ["\\.unit\\.spec\\."],
    },
    {
      ...common,
      displayName: "http",
      testMatch: ["<rootDir>/integration-tests/http/**/*.spec.[jt]s"],
    },
  ],
}
