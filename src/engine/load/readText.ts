import { readFileSync } from 'node:fs';
import { error, type Problem } from '../vocabulary.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a UTF-8 file. Spreadsheet programs often save as Windows-1252 or with a byte-order mark:
 * the mark is dropped, other encodings are rejected rather than published as mojibake.
 */
export function readText(root: string, file: string): { text: string } | { problem: Problem } {
  const bytes = readFileSync(`${root}/${file}`);
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    const column = offset - bytes.lastIndexOf(0x0a, offset - 1);
    return { problem: error(file, `the file is not valid UTF-8 (byte 0x${bytes[offset]?.toString(16)} at byte ${offset}); save it as ${file.endsWith('.csv') ? '"CSV UTF-8"' : 'UTF-8'}`, { line, column }) };
  }
}

function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode: O(n log n), fine for input files.
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  // A streaming decoder fails on the byte after a lead byte that has no continuation ("Cr\xe8me" fails at "m"):
  // step back to that lead byte, which is the character a spreadsheet wrote in another encoding.
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back] ?? 0;
    if (byte < 0x80) break;
    if (byte >= 0xc0) return back < sequenceLength(byte) ? low - back : low;
  }
  return low;
}

/** Bytes in the UTF-8 sequence that `lead` starts. */
const sequenceLength = (lead: number): number => (lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);
