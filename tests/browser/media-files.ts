// Just enough of the PNG and WebM (EBML/Matroska) formats to check an exported file: the PNG's
// size from its IHDR chunk, and the WebM's EBML header and the duration written in its Info.

export function pngSize(b: Uint8Array): { width: number; height: number } {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!sig.every((v, k) => b[k] === v)) throw new Error('not a PNG (signature)');
  if (String.fromCharCode(...b.slice(12, 16)) !== 'IHDR') throw new Error('not a PNG (no IHDR first)');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

/** An EBML variable-length integer at `at`: its value (marker bit kept for ids) and length. */
function vint(b: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = b[at];
  let length = 1;
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
  if (length > 8) throw new Error(`bad EBML number at ${at}`);
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === (0xff >> length);
  for (let k = 1; k < length; k++) {
    value = value * 256 + b[at + k];
    if (b[at + k] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

interface Element { id: number; start: number; end: number } // data range

function children(b: Uint8Array, start: number, end: number): Element[] {
  const out: Element[] = [];
  let at = start;
  while (at < end) {
    const id = vint(b, at, true);
    const size = vint(b, at + id.length, false);
    const data = at + id.length + size.length;
    const stop = size.unknown ? end : Math.min(end, data + size.value);
    out.push({ id: id.value, start: data, end: stop });
    at = stop;
  }
  return out;
}

export interface WebmInfo {
  docType: string;
  durationS: number;
  hasVideoTrack: boolean;
}

export function webmInfo(b: Uint8Array): WebmInfo {
  if (!(b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3)) throw new Error('no EBML header');
  const top = children(b, 0, b.length);
  const header = top.find((e) => e.id === 0x1a45dfa3)!;
  const dt = children(b, header.start, header.end).find((e) => e.id === 0x4282);
  const docType = dt ? String.fromCharCode(...b.slice(dt.start, dt.end)) : '';
  const segment = top.find((e) => e.id === 0x18538067);
  if (!segment) throw new Error('no Segment');
  const seg = children(b, segment.start, segment.end);
  const info = seg.find((e) => e.id === 0x1549a966);
  if (!info) throw new Error('no Info');
  const fields = children(b, info.start, info.end);
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const scaleEl = fields.find((e) => e.id === 0x2ad7b1);
  let scale = 1_000_000; // ns per timecode unit, the default
  if (scaleEl) { scale = 0; for (let k = scaleEl.start; k < scaleEl.end; k++) scale = scale * 256 + b[k]; }
  const d = fields.find((e) => e.id === 0x4489);
  if (!d) throw new Error('no Duration in Info');
  const units = d.end - d.start === 4 ? v.getFloat32(d.start) : v.getFloat64(d.start);
  const tracks = seg.find((e) => e.id === 0x1654ae6b);
  const hasVideoTrack = !!tracks && children(b, tracks.start, tracks.end).some((t) =>
    children(b, t.start, t.end).some((f) => f.id === 0x83 && b[f.start] === 1)); // TrackType 1 = video
  return { docType, durationS: (units * scale) / 1e9, hasVideoTrack };
}
