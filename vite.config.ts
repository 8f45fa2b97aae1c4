import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is served from files (Electron's app protocol) and by the browser host, so every
// asset URL must be relative: base './'.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // One bundle read from disk, never from a network: its size costs little, splitting buys nothing.
    chunkSizeWarningLimit: 3000,
  },
  server: { host: '127.0.0.1' },
});
