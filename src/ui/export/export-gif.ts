import { GIFEncoder, applyPalette, quantize } from 'gifenc';
import { videoSchedule } from '../../view/export-schedule';
import { Cancelled, type VideoJob, type VideoResult } from './export-video';

// The drill as an animated GIF, which every phone, chat and slide program shows: the same frames
// as the video (the run at the chosen speed, holding on each judgment), each reduced to its own
// 256-colour palette by gifenc (the pitch is flat colour, so little is lost). GIF delays count in
// hundredths of a second, so the frame rate is one that divides 100 exactly.

export const GIF_FPS = 20; // 5 hundredths a frame
export const GIF_MAX_WIDTH = 854; // px: a GIF at projector size would be tens of megabytes

/** The size a GIF is made at: the chosen size, scaled down to at most GIF_MAX_WIDTH wide, even. */
export function gifSize(width: number, height: number): { width: number; height: number } {
  if (width <= GIF_MAX_WIDTH) return { width, height };
  const k = GIF_MAX_WIDTH / width;
  return { width: GIF_MAX_WIDTH, height: 2 * Math.round((height * k) / 2) };
}

export async function exportGif(job: Omit<VideoJob, 'fps' | 'encoder' | 'format'>): Promise<VideoResult> {
  const plan = videoSchedule({ ticks: job.ticks, tickRate: job.tickRate, speed: job.speed, fps: GIF_FPS, holds: job.holds });
  const { width, height } = job.renderer.layout;
  const ctx = job.renderer.canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('the browser gave no 2-D canvas to read the frames from');
  const gif = GIFEncoder();
  const delay = 1000 / GIF_FPS;
  for (let n = 0; n < plan.length; n++) {
    if (job.signal.aborted) throw new Cancelled();
    job.renderer.render(job.frame(plan[n]));
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const palette = quantize(rgba, 256);
    gif.writeFrame(applyPalette(rgba, palette), width, height, { palette, delay, ...(n === 0 ? { repeat: 0 } : {}) });
    job.onProgress(n + 1, plan.length);
    if (n % 4 === 3) await new Promise((r) => setTimeout(r, 0)); // let the page draw and take a Cancel
  }
  if (job.signal.aborted) throw new Cancelled();
  gif.finish();
  const bytes = gif.bytes();
  return { blob: new Blob([bytes.slice().buffer], { type: 'image/gif' }), encoder: 'gifenc', frames: plan.length, seconds: plan.length / GIF_FPS };
}
