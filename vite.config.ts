import { defineConfig } from 'vite';

// The viewer is a static single-page app: index.html + src/ui. Scenarios are bundled at build
// time (import.meta.glob), so the built app needs no server beyond static files.
// The panels are Preact components (JSX, compiled by Vite's oxc with Preact's automatic runtime).
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
