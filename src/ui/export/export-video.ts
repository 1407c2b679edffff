import { BufferTarget, CanvasSource, Output, QUALITY_HIGH, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import type { ExportRenderer, ExportFrame } from './export-frame';
import { videoSchedule, type VideoFrameAt } from '../../view/export-schedule';

// The drill as a WebM video made in the browser: every frame drawn offscreen at the chosen size
// and speed, encoded with WebCodecs (VP8, in software where there is no GPU) and muxed by
// mediabunny. Where WebCodecs is missing, MediaRecorder records the canvas in real time instead.

export type Encoder = 'webcodecs' | 'mediarecorder';

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
  encoder?: Encoder; // default: WebCodecs when it can encode VP8 here
}

export interface VideoResult {
  blob: Blob;
  encoder: Encoder;
  frames: number;
  seconds: number; // duration written in the file (frames / fps)
}

export class Cancelled extends Error {
  constructor() { super('cancelled'); this.name = 'Cancelled'; }
}

/** The encoder this browser offers for a size: WebCodecs VP8 if it can, else MediaRecorder. */
export async function chooseEncoder(width: number, height: number): Promise<Encoder | null> {
  if (typeof VideoEncoder !== 'undefined' && await canEncodeVideo('vp8', { width, height }).catch(() => false)) return 'webcodecs';
  if (typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported('video/webm')) return 'mediarecorder';
  return null;
}

export async function exportVideo(job: VideoJob): Promise<VideoResult> {
  const L = job.renderer.layout;
  const encoder = job.encoder ?? await chooseEncoder(L.width, L.height);
  if (!encoder) throw new Error('this browser can make no WebM video (neither WebCodecs VP8 nor MediaRecorder)');
  const plan = videoSchedule({ ticks: job.ticks, tickRate: job.tickRate, speed: job.speed, fps: job.fps, holds: job.holds });
  return encoder === 'webcodecs' ? withWebCodecs(job, plan) : withMediaRecorder(job, plan);
}

async function withWebCodecs(job: VideoJob, plan: VideoFrameAt[]): Promise<VideoResult> {
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new CanvasSource(job.renderer.canvas, { codec: 'vp8', bitrate: QUALITY_HIGH, keyFrameInterval: 2 });
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
  return { blob: new Blob([target.buffer!], { type: 'video/webm' }), encoder: 'webcodecs', frames: plan.length, seconds: plan.length / job.fps };
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
