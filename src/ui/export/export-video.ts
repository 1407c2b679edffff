import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_HIGH, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import type { ExportRenderer, ExportFrame } from './export-frame';
import { videoSchedule, type VideoFrameAt } from '../../view/export-schedule';

// The drill as a video made in the browser: every frame drawn offscreen at the chosen size and
// speed, encoded with WebCodecs and muxed by mediabunny: WebM (VP8, in software where there is no
// GPU) or MP4 (H.264, which phones and slide software play; only where the browser can encode
// it). Where WebCodecs is missing, MediaRecorder records a WebM of the canvas in real time instead.

export type Encoder = 'webcodecs' | 'mediarecorder';
export type VideoFormat = 'webm' | 'mp4';

const CODEC = { webm: 'vp8', mp4: 'avc' } as const;
export const MIME: Record<VideoFormat, string> = { webm: 'video/webm', mp4: 'video/mp4' };

export interface VideoJob {
  renderer: ExportRenderer;
  frame: (at: VideoFrameAt) => ExportFrame; // what to draw for a playhead
  ticks: number;
  tickRate: number;
  holds: readonly number[];
  speed: number;
  fps: number;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
  encoder?: Encoder; // default: WebCodecs when it can encode the format's codec here
  format?: VideoFormat; // default webm
}

export interface VideoResult {
  blob: Blob;
  encoder: Encoder | 'gifenc';
  frames: number;
  seconds: number; // duration written in the file (frames / fps)
}

export class Cancelled extends Error {
  constructor() { super('cancelled'); this.name = 'Cancelled'; }
}

/** The encoder this browser offers for a format and size: WebCodecs if it can encode the codec,
 *  else (WebM only) MediaRecorder; null where it can make no such file. */
export async function chooseEncoder(width: number, height: number, format: VideoFormat = 'webm'): Promise<Encoder | null> {
  if (typeof VideoEncoder !== 'undefined' && await canEncodeVideo(CODEC[format], { width, height }).catch(() => false)) return 'webcodecs';
  if (format === 'webm' && typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm')) return 'mediarecorder';
  return null;
}

/** Why a format cannot be made here, in words for the export panel. */
export function cannotMake(format: VideoFormat): string {
  return format === 'mp4'
    ? 'this browser cannot encode H.264, so it can make no MP4 here: WebM and GIF still work (Chrome, Edge and Safari can make MP4)'
    : 'this browser can make no WebM video (neither WebCodecs VP8 nor MediaRecorder): the GIF still works';
}

export async function exportVideo(job: VideoJob): Promise<VideoResult> {
  const L = job.renderer.layout;
  const format = job.format ?? 'webm';
  const encoder = job.encoder ?? await chooseEncoder(L.width, L.height, format);
  if (!encoder) throw new Error(cannotMake(format));
  const plan = videoSchedule({ ticks: job.ticks, tickRate: job.tickRate, speed: job.speed, fps: job.fps, holds: job.holds });
  return encoder === 'webcodecs' ? withWebCodecs(job, plan, format) : withMediaRecorder(job, plan);
}

async function withWebCodecs(job: VideoJob, plan: VideoFrameAt[], format: VideoFormat): Promise<VideoResult> {
  const target = new BufferTarget();
  const output = new Output({ format: format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target });
  const source = new CanvasSource(job.renderer.canvas, { codec: CODEC[format], bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: job.fps });
  await output.start();
  try {
    for (let n = 0; n < plan.length; n++) {
      if (job.signal.aborted) throw new Cancelled();
      job.renderer.render(job.frame(plan[n]));
      await source.add(n / job.fps, 1 / job.fps);
      job.onProgress(n + 1, plan.length);
    }
    if (job.signal.aborted) throw new Cancelled();
    await output.finalize();
  } catch (e) {
    if (output.state !== 'finalized' && output.state !== 'canceled') await output.cancel().catch(() => undefined);
    throw e;
  }
  return { blob: new Blob([target.buffer!], { type: MIME[format] }), encoder: 'webcodecs', frames: plan.length, seconds: plan.length / job.fps };
}

/** Real time: the canvas is captured as it is drawn, one frame per 1/fps s of wall time. */
async function withMediaRecorder(job: VideoJob, plan: VideoFrameAt[]): Promise<VideoResult> {
  const stream = job.renderer.canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as MediaStreamTrack & { requestFrame?: () => void };
  const type = MediaRecorder.isTypeSupported('video/webm;codecs=vp8') ? 'video/webm;codecs=vp8' : 'video/webm';
  const rec = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 6_000_000 });
  const parts: Blob[] = [];
  rec.ondataavailable = (e) => { if (e.data.size) parts.push(e.data); };
  const stopped = new Promise<void>((r) => { rec.onstop = () => r(); });
  job.renderer.render(job.frame(plan[0]));
  rec.start();
  const t0 = performance.now();
  try {
    for (let n = 0; n < plan.length; n++) {
      if (job.signal.aborted) throw new Cancelled();
      const due = t0 + (n * 1000) / job.fps;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      job.renderer.render(job.frame(plan[n]));
      track.requestFrame?.();
      job.onProgress(n + 1, plan.length);
    }
    await new Promise((r) => setTimeout(r, 1000 / job.fps));
  } finally {
    rec.stop();
    await stopped;
    for (const t of stream.getTracks()) t.stop();
  }
  if (job.signal.aborted) throw new Cancelled();
  return { blob: new Blob(parts, { type: 'video/webm' }), encoder: 'mediarecorder', frames: plan.length, seconds: plan.length / job.fps };
}
