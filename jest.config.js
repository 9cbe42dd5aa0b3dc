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

const e2e = {
  ...common,
  displayName: "e2e",
  testMatch: ["<rootDir>/integration-tests/e2e/**/*.e2e.[jt]s"],
}

// The browser tests need a running server (scripts/test-e2e.mjs starts one); `npm test` leaves them out.
module.exports = process.env.BANKING_E2E_BASE_URL
  ? { projects: [e2e] }
  : {
      projects: [
        {
          ...common,
          displayName: "unit",
          testMatch: [
            "<rootDir>/src/**/__tests__/**/*.unit.spec.[jt]s",
            "<rootDir>/sandbox/**/__tests__/**/*.spec.[jt]s",
          ],
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
