/**
 * The tests that pin the readers, the zip code and the writer's ownership checks, for mutation testing
 * (`npm run mutate:readers`): the workbook layer's own tests and the hostile files read in-process.
 */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  roots: ["<rootDir>/test/workbook", "<rootDir>/test/hostile"],
  testPathIgnorePatterns: [
    ...(base.testPathIgnorePatterns ?? ["/node_modules/"]),
    // Writes through the file system, kills and mounts: they pin the command line's writer, not these modules.
    "/test/hostile/output-safety\\.test\\.ts$",
    "/test/hostile/cli\\.test\\.ts$",
  ],
};
