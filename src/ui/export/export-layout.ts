import type { Pitch } from '../../core/pitch';
import { fitView, px, viewRect, type ViewTransform } from '../../render/coords';
import { labelSize } from '../../render/sizes';
import type { Px } from '../../render/coords';

// The picture an export makes (PNG or video frame): a caption strip on top (drill, time, cues,
// verdict, result) and the pitch fitted below it. Pure, so that tests can say where a player
// must be in an exported image.

export interface ExportLayout {
  width: number; // px of the image
  height: number;
  captionH: number; // px: the strip above the pitch
  labelPx: Px; // label size on the pitch, as in presenter mode for this image height
  transform: ViewTransform; // world → image pixels (the caption strip already allowed for)
}

export const PROJECTOR = { width: 1920, height: 1080 } as const;
export const MIN_SIZE = 160;
export const MAX_SIZE = 3840;

export function exportLayout(width: number, height: number, view: { x: [number, number]; y: [number, number] } | undefined, pitch: Pitch): ExportLayout {
  const w = Math.round(width), h = Math.round(height);
  if (!(w >= MIN_SIZE && w <= MAX_SIZE && h >= MIN_SIZE && h <= MAX_SIZE)) throw new Error(`export size ${width}×${height}: expected ${MIN_SIZE}–${MAX_SIZE} px each way`);
  const captionH = Math.round(h * 0.11);
  const t = fitView(viewRect(view, pitch), px(w), px(h - captionH));
  return {
    width: w, height: h, captionH, labelPx: labelSize(h, true),
    transform: { ...t, oy: px(t.oy + captionH), height: px(h) },
  };
}
