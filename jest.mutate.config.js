/** The tests that pin the mutated modules (cell readers, money, credit codes): quick to run per mutant. */
const base = require("./jest.config.js");
module.exports = {
  ...base,
  roots: ["<rootDir>/test/workbook/table", "<rootDir>/test/engine"],
};
