import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The render benchmark's page, built apart from the product: bench/render -> bench/out/render (git-ignored).
// It draws with the product's own view code and icons (client/src/view, client/public/icons).
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: resolve(import.meta.dirname, '..', '..', 'client', 'public'),
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '..', 'out', 'render'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
  },
});
