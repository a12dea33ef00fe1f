/**
 * The command line in one file: lib/cli/bundle.js, made from what tsc compiled into lib/ (`npm run build:cli`
 * runs both). Node then reads and compiles one file instead of some 230 modules of ours and our dependencies:
 * loading what a check needs took 0.12–0.14 s and takes 0.05 s (a 100-row check 0.42 s → 0.38 s, 1,000 rows
 * 0.87 s → 0.80 s, on two quiet cores). bin/lygip.js runs it; lib/ stays as compiled (the
 * deflate thread's worker, the tests of what each command loads, and `lygip --version`, which loads only the
 * version). The modules keep their own order of loading: each runs when first required, as in lib/.
 *
 *   webpack -c webpack.cli.config.js
 */
const path = require("path");

module.exports = {
  name: "cli",
  mode: "production",
  target: "node20",
  entry: path.resolve(__dirname, "lib/cli/main.js"),
  output: { path: path.resolve(__dirname, "lib/cli"), filename: "bundle.js", library: { type: "commonjs2" } },
  // __dirname is lib/cli's own, as it is for main.js: the deflate worker and package.json are found from it.
  node: { __dirname: false, __filename: false },
  // Readable stack traces; the size saved by minifying is not what start-up waits for.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
};
