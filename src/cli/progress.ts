/** Progress on stderr for long batches, only when stderr is a terminal (stdout carries only the report). */
import { SingleBar, Presets } from "cli-progress";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function startProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, stop() {} };
  const bar = new SingleBar({ format: "审核中 [{bar}] {value}/{total} {file}", stream, hideCursor: true }, Presets.shades_classic);
  bar.start(total, 0, { file: "" });
  return {
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
