/**
 * `npm run test:e2e`: the tests named `*.e2e.test.ts` — the command line run as a process, the builds
 * (tsc, webpack, npm pack), the task pane in Chromium, the sample rendered by LibreOffice, the files checked
 * at scale (130,000 rows, the hostile files of tens of megabytes through the command line, 10,000 rows in the
 * task pane), and every property test at its full count of cases (properties.e2e.test.ts). Minutes, not
 * seconds; CI runs them after `npm test`.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  testMatch: ["**/*.e2e.test.ts", "**/*.e2e.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/"],
};
