import { defineConfig } from 'vite';

// The viewer is a static single-page app: index.html + src/ui. Scenarios are bundled at build
// time (import.meta.glob), so the built app needs no server beyond static files.
export default defineConfig({
  base: './',
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
