/**
 * The input's identity a copy records (OwnershipRecord.source): the SHA-256 of the input's path, as the
 * command line records it (src/cli/batchFiles.ts sourceOf). A browser knows a file's name only; given the
 * folder it lies in, the copy records the same identity the command line's copy would.
 */
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex } from "@noble/hashes/utils";

export function sourceOf(name: string, folder?: string): string {
  const path = folder ? `${folder.replace(/\/+$/, "")}/${name}` : name;
  return bytesToHex(sha256(new TextEncoder().encode(path)));
}
