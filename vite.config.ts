import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'
import path from 'node:path'
import { entryPageFor } from './shared/entry-pages.ts'

const root = import.meta.dirname

export default defineConfig({
  root: path.join(root, 'client'),
  publicDir: path.join(root, 'client/public'),
  plugins: [
    preact(),
    {
      name: 'survey-entry-in-dev',
      // the dev server's fallback would serve index.html for /k/… and /s/…, as the production server does not
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          if (req.url && entryPageFor(req.url) === 'survey.html') req.url = '/survey.html'
          next()
        })
      },
    },
  ],
  build: {
    outDir: path.join(root, 'dist/client'),
    emptyOutDir: true,
    rollupOptions: {
      // Two entry pages: the admin app, and the light public survey (kiosk /k/…, phone /s/…).
      input: {
        admin: path.join(root, 'client/index.html'),
        survey: path.join(root, 'client/survey.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
  test: {
    root,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          root,
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          root,
          environment: 'happy-dom',
          include: ['tests/client/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          root,
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
