/**
 * The page's codec: the portable codec's answers, faster in a browser. Chromium makes a fresh zeroed
 * ArrayBuffer dear, and fflate's streaming inflater makes several for every slice it is pushed — its output
 * buffer starts at 32 KiB and doubles to fit each slice's output, then the output and the window are copied
 * out of it. Pushed the small slices that keep a bomb near its bound (about the bound's 1/1032), a 5 MB
 * sheet part took 1.5 s in chromium where fflate's one-shot inflate takes 0.2 s. Here the inflater writes
 * straight into the buffer that is returned (or a megabyte region handed on piece by piece), through the
 * state fflate 0.8 keeps between pushes: `o`, its output buffer whose first `s.b` bytes are the last
 * output (the window matches refer back into), and which it only reallocates when its room runs short.
 * The slices, the bound and the errors are the portable codec's; the bytes are the same, being the same
 * inflater's. Latin1 text of a run of ASCII — most of a sheet part — is the browser's own decoding, about twice as fast.
 * UTF-8 is encoded by a loop for texts the browser's encoder takes longer over, its cost being mostly the call.
 *
 * Deflate is the browser's, on the page's thread during the check or here after it (nativeBatch.ts);
 * SHA-256 stays the portable codec's: a browser's only native one (crypto.subtle) answers asynchronously,
 * and the codec is synchronous.
 */
import { Inflate } from "fflate";
import {
  InflateLimitError, inflateRawChunksPortable, inflateRawPortable, latin1Decode, sliceFor, utf8EncodeInto, utf8EncodeIntoLoop, type Codec, type InflateOptions,
} from "../../workbook/bytes";

/** fflate's window: the most a match refers back. */
const WINDOW = 32768;
/** Room fflate asks for ahead of each block and each match (its longest run of output between checks). */
const HEADROOM = 131072;
/** The streamed inflate's region: pieces of about this much are handed on, each a view into one region. */
const REGION_OUTPUT = 1024 * 1024;

/** fflate 0.8's Inflate between pushes: `o` holds the window in its first `s.b` bytes, and it writes on after them. */
interface InflaterState {
  o: Uint8Array;
  s: { b: number };
}

function stateOf(inflater: Inflate): InflaterState | null {
  const state = inflater as unknown as Partial<InflaterState>;
  return state.o instanceof Uint8Array && typeof state.s?.b === "number" ? (state as InflaterState) : null;
}

/** Raw inflate into one buffer of the expected size (grown if the stream gives more), in the portable codec's slices. */
export function inflateRawPage(data: Uint8Array, maxOutput: number, options: InflateOptions = {}): Uint8Array {
  if (data.length === 0 && !options.partial) throw new Error("inflate: no data");
  let out: Uint8Array = new Uint8Array(Math.min(maxOutput, options.sizeHint ?? 0) + WINDOW + HEADROOM);
  let total = 0;
  /** Bytes the inflater may write after the window without reallocating, in this push. */
  let room = 0;
  const inflater = new Inflate((chunk) => {
    const end = total + chunk.length;
    if (end > maxOutput) throw new InflateLimitError();
    if (chunk.length + HEADROOM > room) {
      // The inflater may have outgrown the room and written elsewhere: the bytes are copied in.
      if (end + WINDOW + HEADROOM > out.length) out = grown(out, total, Math.min(maxOutput, Math.max(end, 2 * out.length)) + WINDOW + HEADROOM);
      out.set(chunk, total);
    }
    total = end;
  });
  const state = stateOf(inflater);
  if (!state) return inflateRawPortable(data, maxOutput, options);
  const slice = sliceFor(maxOutput);
  for (let i = 0; i < data.length; i += slice) {
    const end = Math.min(data.length, i + slice);
    // The last `s.b` bytes written are the window; the inflater writes on after them, into `out`.
    const window = state.s.b;
    state.o = out.subarray(total - window);
    room = state.o.length - window;
    inflater.push(data.subarray(i, end), end === data.length && !options.partial);
  }
  return out.subarray(0, total);
}

/** The streamed inflate: the inflater writes into a region, and each piece handed on is a view of it never written again. */
export function inflateRawChunksPage(data: Uint8Array, maxOutput: number): () => Uint8Array | undefined {
  const ready: Uint8Array[] = [];
  let total = 0;
  let at = 0;
  let region: Uint8Array | null = null;
  /** Output in the region ends here; from `handed` on it is not handed on yet. */
  let filled = 0;
  let handed = 0;
  let room = 0;
  const handOn = () => {
    if (region && filled > handed) ready.push(region.subarray(handed, filled));
    handed = filled;
  };
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxOutput) throw new InflateLimitError();
    if (chunk.length + HEADROOM <= room) {
      filled += chunk.length;
      return;
    }
    // Written elsewhere: what the region holds goes first, then this chunk as it is; a new region next.
    handOn();
    region = null;
    if (chunk.length > 0) ready.push(chunk);
  });
  const state = stateOf(inflater);
  if (!state) return inflateRawChunksPortable(data, maxOutput);
  const slice = sliceFor(maxOutput);
  return () => {
    while (ready.length === 0 && at < data.length) {
      const window = state.s.b;
      if (!region || region.length - filled < HEADROOM + REGION_OUTPUT / 4) {
        handOn();
        // A new region starts with the window (fflate's own copy of it), for the matches that refer back.
        region = new Uint8Array(window + REGION_OUTPUT + HEADROOM);
        region.set(state.o.subarray(0, window));
        filled = handed = window;
      }
      state.o = region.subarray(filled - window);
      room = state.o.length - window;
      const end = Math.min(data.length, at + slice);
      inflater.push(data.subarray(at, end), end === data.length);
      at = end;
      if (filled - handed >= REGION_OUTPUT / 4 || at === data.length) handOn();
    }
    return ready.shift();
  };
}

function grown(bytes: Uint8Array, used: number, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(bytes.subarray(0, used));
  return out;
}

/** Bytes decoded at a time: a run of this many ASCII bytes is handed to the browser's decoder. */
const ASCII_RUN = 65536;

let asciiDecoder: TextDecoder | undefined;

/**
 * The bytes one per character, as the portable latin1Decode gives them. A stretch of ASCII is the same
 * text in every single-byte decoding, and the browser's decoder makes it natively; a stretch with any byte
 * past 0x7F goes to the portable one (the browser's "latin1" is windows-1252, wrong for 0x80–0x9F).
 */
export function latin1DecodeAscii(bytes: Uint8Array): string {
  if (bytes.length < ASCII_RUN) return latin1Decode(bytes);
  asciiDecoder ??= new TextDecoder("windows-1252");
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += ASCII_RUN) {
    const run = bytes.subarray(i, Math.min(bytes.length, i + ASCII_RUN));
    parts.push(isAscii(run) ? asciiDecoder.decode(run) : latin1Decode(run));
  }
  return parts.join("");
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

/**
 * From this many units on a text is encoded by the browser's TextEncoder.encodeInto. Chromium's costs about
 * a microsecond a call whatever the text (the bindings make its result object; the target is a fresh
 * subarray), where Node's costs a fifth of that: the loop is faster up to some 500 units, Chinese or ASCII,
 * and the explanations, notes and messages a copy writes are mostly shorter.
 */
const LONG_TEXT = 512;

/** UTF-8 of `text` into `into` at `at`, the same bytes as the portable utf8EncodeInto, its loop taking texts of up to LONG_TEXT units. */
export function utf8EncodeIntoPage(text: string, into: Uint8Array, at: number): number {
  return text.length < LONG_TEXT ? utf8EncodeIntoLoop(text, into, at) : utf8EncodeInto(text, into, at);
}

/** What the page's worker installs over the portable codec. */
export const pageCodec: Partial<Codec> = {
  inflateRaw: inflateRawPage,
  inflateRawChunks: inflateRawChunksPage,
  latin1Decode: latin1DecodeAscii,
  utf8EncodeInto: utf8EncodeIntoPage,
};
