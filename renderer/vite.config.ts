import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The renderer is served from app://cvault/ (Electron) and http://127.0.0.1:PORT/ (web bridge)
 * under a strict CSP: relative asset paths, no inline scripts or styles, nothing inlined as data.
 */
export default defineConfig({
  // Vite provides import.meta.dirname in config files (no Node import needed in this layer).
  root: import.meta.dirname,
  base: './',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    cssCodeSplit: false,
  },
  server: { host: '127.0.0.1', strictPort: true },
});
