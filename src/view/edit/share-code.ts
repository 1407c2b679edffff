import { strFromU8, strToU8, unzlibSync, zlibSync } from 'fflate';

// A whole drill in a link: its JSON text, deflated (zlib, fflate) and written in base64url, so a
// player opens exactly that drill with no server. Read back as untrusted text with hard limits:
// the code's length, and the text it inflates to (a small code that would inflate to a huge text
// is refused before it is inflated past the limit).

export const MAX_CODE_CHARS = 12_000; // characters of code read from an address
export const MAX_SHARED_BYTES = 200_000; // bytes of drill text a shared link may carry

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 3) {
    const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
    s += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < b.length ? B64[(n >> 6) & 63] : '') + (i + 2 < b.length ? B64[n & 63] : '');
  }
  return s;
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const c = [0, 1, 2, 3].map((k) => (i + k < s.length ? B64.indexOf(s[i + k]) : 0));
    const n = (c[0] << 18) | (c[1] << 12) | (c[2] << 6) | c[3];
    out[o++] = (n >> 16) & 255;
    if (i + 2 < s.length) out[o++] = (n >> 8) & 255;
    if (i + 3 < s.length) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

/** The code for a drill file's text. */
export function encodeDrill(text: string): string {
  return toBase64Url(zlibSync(strToU8(text), { level: 9 }));
}

/** The drill text a code carries, or why it is refused (said plainly, never the code itself). */
export function decodeDrill(code: string): { text: string } | { refused: string } {
  if (code.length > MAX_CODE_CHARS) return { refused: `The shared drill in this link is too large (${code.length} characters; at most ${MAX_CODE_CHARS})` };
  const bytes = fromBase64Url(code);
  if (!bytes) return { refused: 'The shared drill in this link is not a drill code (damaged or cut short)' };
  let raw: Uint8Array;
  try {
    raw = unzlibSync(bytes, { out: new Uint8Array(MAX_SHARED_BYTES + 1) });
  } catch {
    return { refused: 'The shared drill in this link could not be unpacked (damaged or cut short)' };
  }
  if (raw.length > MAX_SHARED_BYTES) return { refused: `The shared drill in this link unpacks to more than ${MAX_SHARED_BYTES / 1000} KB of text: refused` };
  try {
    return { text: strFromU8(raw) };
  } catch {
    return { refused: 'The shared drill in this link is not text' };
  }
}
