// A drill's identity for caching: a hash of its resolved text, so that an edited copy with the
// same id is a different drill to every cache (sweeps, runs), and the same text is the same drill.

/** 53-bit hash of a string (cyrb53: two multiply-xorshift lanes), as 14 hex digits. */
export function contentHash(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed, h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The hash of a parsed drill: of its text as resolved (after migration), not of the file's bytes. */
export function drillHash(scenario: unknown): string {
  return contentHash(JSON.stringify(scenario));
}
