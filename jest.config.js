/**
 * `npm test`: unit and in-process tests, about a minute on two cores. What starts processes, builds (tsc,
 * webpack, npm pack), drives Chromium or LibreOffice, or checks files at scale is named `*.e2e.test.ts` and
 * runs in `npm run test:e2e` (jest.e2e.config.js); test/suites.test.ts keeps the names honest.
 */
const E2E = "\\.e2e\\.test\\.tsx?$";

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", E2E],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60000,
  // Jest's default leaves one core to itself (one worker on a 2-core machine); its own process only waits on
  // the workers, so every core runs tests.
  maxWorkers: "100%",
  // A scratch folder per run, where the command line and the add-in bundle are built at most once.
  globalSetup: "<rootDir>/test/globalSetup.ts",
  globalTeardown: "<rootDir>/test/globalTeardown.ts",
};
