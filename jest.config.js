/** Unit, property and end-to-end tests; the browser test lives in test/browser and runs here too. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  testTimeout: 60000,
  // Jest's default leaves one core to itself (one worker on a 2-core machine); its own process only waits on
  // the workers, so every core runs tests: on 2 cores the suite takes about 175 s instead of 250 s.
  maxWorkers: "100%",
  // A scratch folder per run, where the command line and the add-in bundle are built at most once.
  globalSetup: "<rootDir>/test/globalSetup.ts",
  globalTeardown: "<rootDir>/test/globalTeardown.ts",
};
