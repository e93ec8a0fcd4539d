const SLICE = 1 << 20;
let scratch: Uint8Array | null = null;
const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : null;

/** the size of a text in UTF-8, by hand (lone surrogates count as U+FFFD, as encoders write them) */
function countByHand(text: string): number {
  let bytes = text.length;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(at + 1);
      bytes += 2;
      // a surrogate pair is one 4-byte character
      if (next >= 0xdc00 && next <= 0xdfff) at += 1;
    } else bytes += 2;
  }
  return bytes;
}

/** the size of a text in UTF-8 without making a copy of it all (a Blob does): encoded a slice at a time */
export function utf8Length(text: string): number {
  if (!encoder) return countByHand(text);
  scratch ??= new Uint8Array(SLICE * 3);
  let bytes = 0;
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + SLICE, text.length);
    // never cut a surrogate pair in two
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    bytes += encoder.encodeInto(text.slice(at, end), scratch).written;
    at = end;
  }
  return bytes;
}

export const utf8LengthByHand = countByHand;
