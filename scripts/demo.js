#!/usr/bin/env node
/**
 * `npm run demo`: checks the bundled sample the way a reviewer would (`lygip check`), then says what the
 * result means. The sample is made to show every kind of problem, so the check finds errors and the
 * command line exits 1; for the demo that is the expected outcome, so the demo exits 0. It fails only when
 * the check could not complete (exit 2, or a crash).
 *
 *   node scripts/demo.js [OUT_DIR]      (default samples/out)
 */
const { spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const sample = path.join("samples", "申报表示例.xlsx");
const outDir = process.argv[2] ?? path.join("samples", "out");

const run = spawnSync(process.execPath, [path.join(root, "bin", "lygip.js"), "check", sample, "--out", outDir], {
  cwd: root,
  stdio: "inherit",
});

if (run.status === 1) {
  process.stdout.write(
    "\n演示完成：示例申报表中的错误是有意设置的，用来展示每一种审核结果，所以上面的审核以退出码 1 结束。\n" +
      "Demo done: the sample's errors are there on purpose, to show every kind of finding; that is why the check exits 1.\n",
  );
} else if (run.status === 0) {
  process.stdout.write("\n演示完成：审核没有发现错误。\nDemo done: the check found no errors.\n");
} else {
  process.stderr.write(`\n演示失败：审核未能完成（退出码 ${run.status ?? run.signal}）。/ Demo failed: the check could not complete.\n`);
  process.exitCode = run.status || 2;
}
