/**
 * One batch as the page's worker runs it: runBatch (the command line's pipeline, synchronous) between two
 * asynchronous steps that let the browser's own inflate and deflate do the byte work. Before it, the input's
 * parts are inflated by the browser within the reader's bounds (preInflate.ts); during it, the codec hands
 * the check those parts and puts its deflate off (deferredDeflate.ts), each piece also sent to the page,
 * which compresses it meanwhile (aheadDeflate.ts); after it, the copies and the batch workbook are laid out
 * again with those compressed parts, the browser compressing here any the page has not (nativeZip.ts). The
 * parts, their order, names, methods and inflated bytes are the command line's; the JSON report is the same bytes.
 */
import { codec, InflateLimitError, useCodec, type Codec } from "../../workbook/bytes";
import { LIMITS } from "../../workbook";
import { AnnotateError } from "../../writer";
import { PAGE_TEXTS } from "../texts";
import { DeferredDeflate, type PieceListener } from "./deferredDeflate";
import { finishZip, type TakeAhead } from "./nativeZip";
import { PIECE, preInflate, type PreInflated } from "./preInflate";
import type { BatchRequest, CheckedResult, FileOut, Progress } from "./protocol";
import { runBatch, type BatchOutcome } from "./runBatch";

/**
 * Deflate done ahead elsewhere (the page's thread, aheadDeflate.ts): told of each piece as the check makes
 * it, asked afterwards for each part's compressed bytes.
 */
export interface Ahead {
  readonly onPiece: PieceListener;
  readonly take: TakeAhead;
}

/** `checked`: as runBatch's, told the results before the copies are written. */
export async function runBatchNative(
  request: BatchRequest, progress: (p: Progress) => void = () => {}, ahead?: Ahead, checked?: (result: CheckedResult) => void,
): Promise<BatchOutcome> {
  const inflated = await preInflate([...request.files, ...(request.history ? [request.history] : [])].map((f) => f.bytes));
  const deferred = new DeferredDeflate(ahead?.onPiece);
  const before = useCodec(batchCodec(codec(), inflated, deferred));
  let outcome: BatchOutcome;
  try {
    outcome = runBatch(request, progress, checked);
  } finally {
    useCodec(before);
  }
  if (!outcome.ok) return outcome;
  const { result } = outcome;
  const files = await Promise.all(result.files.map((f) => finishCopy(f, deferred, LIMITS.maxInputBytes, ahead?.take)));
  const summary = result.summary && { ...result.summary, bytes: await finishZip(result.summary.bytes, deferred, ahead?.take) };
  return { ...outcome, result: { ...result, files, ...(summary ? { summary } : {}) } };
}

/**
 * A copy compressed. The writer refuses a copy larger than the reader reads (copy-too-large) on what it
 * writes, which here is tokens: the same refusal is made on the finished copy. `maxBytes` is the reader's
 * limit; a test passes a smaller one, as a copy past 80 MB is costly to make.
 */
export async function finishCopy(file: FileOut, deferred: DeferredDeflate, maxBytes = LIMITS.maxInputBytes, ahead?: TakeAhead): Promise<FileOut> {
  if (!file.copy) return file;
  const bytes = await finishZip(file.copy.bytes, deferred, ahead);
  if (bytes.length <= maxBytes) return { ...file, copy: { ...file.copy, bytes } };
  const refusal = new AnnotateError({ code: "copy-too-large", maxBytes });
  const { copy: _dropped, ...rest } = file;
  return {
    ...rest,
    problem: {
      zh: PAGE_TEXTS.zh.fileProblem(file.name, PAGE_TEXTS.zh.noCopy(refusal.zh)),
      en: PAGE_TEXTS.en.fileProblem(file.name, PAGE_TEXTS.en.noCopy(refusal.en)),
    },
  };
}

/** The codec for the synchronous check: the input's parts as the browser inflated them, deflate put off. */
export function batchCodec(base: Codec, inflated: PreInflated, deferred: DeferredDeflate): Partial<Codec> {
  return {
    inflateRaw: (data, maxOutput, options) => {
      const own = deferred.inflated(data, maxOutput);
      if (own) return own;
      const found = inflated.find(data);
      if (!found) return base.inflateRaw(data, maxOutput, options);
      if (found.length > maxOutput) throw new InflateLimitError();
      return found;
    },
    inflateRawChunks: (data, maxOutput) => {
      const bytes = deferred.inflated(data, maxOutput) ?? inflated.find(data);
      if (!bytes) return base.inflateRawChunks(data, maxOutput);
      let at = 0;
      return () => {
        if (bytes.length > maxOutput) throw new InflateLimitError();
        if (at >= bytes.length) return undefined;
        const piece = bytes.subarray(at, Math.min(bytes.length, at + PIECE));
        at += piece.length;
        return piece;
      };
    },
    crc32: (bytes, previous) => inflated.crc(bytes, previous) ?? base.crc32(bytes, previous),
    deflatePiece: deferred.deflatePiece,
  };
}
