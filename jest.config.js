/**
 * `npm test`: unit and in-process tests (the command line through main(argv), its output captured). On two
 * cores shared with other work (December 2026, load average 5–12; the CPU time grows with the load too), four
 * runs each: warm 118–137 CPU-seconds (median 125), 109–133 s; cold (an empty transform cache, as in CI)
 * 122–171 CPU-seconds (median 137), 103–235 s; the same runs of the tests before their sweeps and sampled
 * property tests were made cheaper, alternated with them: warm median 134 (four runs), cold 146 (three).
 * Earlier, on two quiet cores: 86–90 CPU-seconds, 44–65 s. What starts processes, builds (tsc, webpack, npm
 * pack), drives Chromium or LibreOffice, or runs at scale (130,000 rows, hostile files of tens of megabytes
 * through the command line, 10,000 rows in the task pane) is named `*.e2e.test.ts` and runs in `npm run
 * test:e2e` (jest.e2e.config.js); test/suites.test.ts keeps the names honest. Property tests try a fixed-seed
 * fifth of their cases here (test/support/sampled.ts) and all of them in test:e2e.
 */
const os = require("node:os");

const E2E = "\\.e2e\\.test\\.tsx?$";

module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", E2E],
  // swc strips the types, file by file (as tsconfig's isolatedModules already requires of every file): a cold
  // run — a fresh clone, as in CI — transpiles some 600 files, which TypeScript's own transpiler took about
  // 20 s of the run to do. Types are not checked here, nor were they before: `npx tsc --noEmit -p .` does
  // that. ES2022 and CommonJS as tsconfig.json says; React's automatic runtime as its "jsx": "react-jsx".
  transform: {
    "^.+\\.tsx?$": ["@swc/jest", {
      jsc: { parser: { syntax: "typescript", tsx: true }, target: "es2022", transform: { react: { runtime: "automatic" } } },
      module: { type: "commonjs" },
      sourceMaps: "inline",
    }],
  },
  testTimeout: 60000,
  // Jest's default leaves one core to itself (one worker on a 2-core machine); its own process only waits on
  // the workers, so every core runs tests, and half as many again: suites also wait (files written and
  // synced, the workers' messages), and a third worker on two cores runs while another waits. On a 2-core
  // machine: 60–67 s with two workers, 52–59 s with three.
  maxWorkers: Math.ceil(os.availableParallelism() * 1.5),
  // A scratch folder per run, where the command line and the add-in bundle are built at most once.
  globalSetup: "<rootDir>/test/globalSetup.ts",
  globalTeardown: "<rootDir>/test/globalTeardown.ts",
};
