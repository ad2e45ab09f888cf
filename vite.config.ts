/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin, datasetPlugin } from './vite-plugins/dataset-plugin.ts';

export default defineConfig({
  plugins: [react(), datasetPlugin(import.meta.dirname), cspPlugin()],
  preview: { port: 4173, strictPort: true },
  // ES workers can split: the parse worker starts its download before zod has loaded.
  worker: { format: 'es' },
  // Leaflet's ES build: its package points at a UMD file, whose one wrapping function V8
  // compiled whole on the page's thread when the map's code ran (~60 ms, in a task of up to
  // ~110 ms while a large file loads). An ES module's top level is compiled as it streams in.
  resolve: { alias: [{ find: /^leaflet$/, replacement: 'leaflet/dist/leaflet-src.esm.js' }] },
  build: {
    // The browsers that run the parse worker (a module worker) but not <link rel=modulepreload>
    // (Safari 15–16) load the same files, only not ahead: the polyfill was ~0.25 KB of the first
    // script for them.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // The charts' dependencies (d3, Redux, Immer...) in a file of their own, compiled a
        // function at a time. With Recharts, in the one file compiled whole (see postBanner),
        // its compile took 70-92 ms on the page's thread while a 100k-row CSV loaded; 19-30 ms
        // without them.
        codeSplitting: {
          groups: [
            // React stays with the page's first script: the group below would take it along.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            {
              name: 'chart-deps',
              test: /node_modules[\\/](d3-[a-z-]+|@reduxjs|immer|es-toolkit|decimal\.js-light|react-redux|reselect|redux|eventemitter3|victory-vendor)[\\/]/,
            },
          ],
        },
        // Chrome compiles a file so marked whole, on the thread that streams it in, not a
        // function at a time on the page's thread as each first runs. For the charts' code
        // (Recharts), whose first mount was the longest task at start-up. After minifying,
        // which would drop the comment.
        postBanner: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/recharts/'))
            ? '//# allFunctionsCalledOnLoad'
            : '',
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
