import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The viewer is a static single-page app: index.html + src/ui. Scenarios are bundled at build
// time (import.meta.glob), so the built app needs no server beyond static files. The service
// worker (vite-plugin-pwa, Workbox) precaches every built file, so after one visit the app opens
// and plays with no network, and a phone can install it.
// The panels are Preact components (JSX, compiled by Vite's oxc with Preact's automatic runtime).
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, open: false },
  preview: { port: 4173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  plugins: [
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script', // a file, not an inline script: the page's CSP allows only 'self'
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Onside: drill viewer',
        short_name: 'Onside',
        description: 'Football drills on a fixed timestep: the timing of runs, offside, who gets to the ball first.',
        theme_color: '#1d5a34',
        background_color: '#0f1a14',
        display: 'standalone',
        start_url: './',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true, // the first visit is served offline-ready, not only the second
        skipWaiting: true,
      },
    }),
  ],
});
