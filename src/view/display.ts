// Display choices that are part of the viewer's state (and its address), named here so that the
// state, the address and the drawing agree on them without the state knowing about PixiJS.

export type ThemeName = 'dark' | 'light';

/** The renderer a link may ask for (PixiJS's own names). */
export type RendererName = 'webgl' | 'webgpu' | 'canvas';
