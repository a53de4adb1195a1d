import { defineConfig } from 'vite';

// The browser client: sources in client/, built into dist/client, which the Express server serves in production.
// In development `vite` serves the client and forwards /api to the API server on port 3000.
export default defineConfig({
  root: 'client',
  // Relative asset URLs: the same build serves at / or under any BASE_PATH (the server makes them absolute in the page).
  base: './',
  publicDir: 'public',
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Cytoscape and CodeMirror are large; the console (CodeMirror) is loaded lazily in its own chunk.
    chunkSizeWarningLimit: 1300,
    // Two pages: the explorer, and a case's brief (a printable page that loads neither Cytoscape nor CodeMirror).
    // One stylesheet for both pages, loaded with the page (never injected later by a script).
    cssCodeSplit: false,
    rolldownOptions: { input: { explorer: 'client/index.html', brief: 'client/brief.html' } },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
