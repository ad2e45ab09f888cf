/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin, datasetPlugin } from './vite-plugins/dataset-plugin.ts';

export default defineConfig({
  plugins: [react(), datasetPlugin(import.meta.dirname), cspPlugin()],
  preview: { port: 4173, strictPort: true },
  // ES workers can split: the parse worker starts its download before zod has loaded.
  worker: { format: 'es' },
  build: {
    rolldownOptions: {
      output: {
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
