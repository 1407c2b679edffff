import type { RendererPreference } from 'pixi.js';

// WebGL where there is a GPU for it, canvas 2D where WebGL would be emulated in software (no GPU,
// a blocked driver: frames there take hundreds of ms, while canvas 2D draws this scene in well
// under one). A link's ?renderer=canvas|webgl|webgpu is tried first.

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

/** Is WebGL here drawn by the CPU? (Reads the unmasked renderer name where the browser gives it.) */
export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_GL.test(name);
  } catch {
    return true;
  }
}

/** The order to try renderers in: the one asked for first, else the best for this machine. */
export function rendererOrder(asked: RendererPreference | undefined, software: () => boolean): RendererPreference[] {
  const first = asked ?? (software() ? 'canvas' : 'webgl');
  return [first, ...(['webgl', 'canvas'] as const).filter((r) => r !== first)];
}
