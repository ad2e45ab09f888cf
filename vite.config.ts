/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin, datasetPlugin } from './vite-plugins/dataset-plugin.ts';

export default defineConfig({
  plugins: [react(), datasetPlugin(import.meta.dirname), cspPlugin()],
  preview: { port: 4173, strictPort: true },
  // ES workers can split: the parse worker starts its download before zod has loaded.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    css: false,
  },
});
