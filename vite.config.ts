import path from 'node:path'
import preact from '@preact/preset-vite'
import { transform } from 'esbuild'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { entryPageFor } from './shared/entry-pages.ts'

const root = import.meta.dirname
/** The oldest browsers the citizen pages support (docs/survey.md). */
const SURVEY_BROWSERS = ['chrome61', 'safari12', 'firefox60']

/** The entries lowered for old browsers: the survey, and interview mode on the survey team's tablets. */
const OLD_BROWSER_ENTRIES = ['survey', 'field']

/**
 * Kiosk tablets and phones that stopped updating years ago run the survey (and interview mode): its entry chunk and
 * every chunk it imports are lowered to ES2017 syntax by esbuild once bundled and minified
 * (tests/server/survey-bundle-size.test.ts checks them with es-check). Not Vite's build.target:
 * it applies to the whole build (the admin app may stay modern), and its Oxc lowering of object
 * rest/spread is not yet trustworthy.
 */
function surveyForOldBrowsers(): Plugin {
  return {
    name: 'survey-for-old-browsers',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const queue = Object.values(bundle)
        .filter((file) => file.type === 'chunk' && file.isEntry && OLD_BROWSER_ENTRIES.includes(file.name))
        .map((file) => file.fileName)
      for (const fileName of queue) {
        const chunk = bundle[fileName]
        if (chunk?.type !== 'chunk') continue
        // Safari 12 runs ES2017 syntax; esbuild's 'safari12' would refuse destructuring, which it cannot lower
        const lowered = await transform(chunk.code, {
          target: ['es2017', 'chrome61', 'firefox60'],
          format: 'esm',
          loader: 'js',
          minify: true,
          legalComments: 'none',
        })
        chunk.code = lowered.code
        for (const imported of [...chunk.imports, ...chunk.dynamicImports]) if (!queue.includes(imported)) queue.push(imported)
      }
    },
  }
}

export default defineConfig({
  root: path.join(root, 'client'),
  publicDir: path.join(root, 'client/public'),
  plugins: [
    preact(),
    surveyForOldBrowsers(),
    {
      name: 'survey-entry-in-dev',
      // the dev server's fallback would serve index.html for /k/…, /s/… and /field, as the production server does not
      configureServer(server) {
        server.middlewares.use((req, _res, next) => {
          // pages only: the field app's own modules are served from /field/… too
          const page = req.url && req.headers.accept?.includes('text/html') ? entryPageFor(req.url) : 'index.html'
          if (page !== 'index.html') req.url = `/${page}`
          next()
        })
      },
    },
  ],
  build: {
    cssTarget: SURVEY_BROWSERS,
    outDir: path.join(root, 'dist/client'),
    emptyOutDir: true,
    rollupOptions: {
      // Three entry pages: the admin app, the light public survey (kiosk /k/…, phone /s/…) and
      // the surveyors' interview mode (/field).
      input: {
        admin: path.join(root, 'client/index.html'),
        survey: path.join(root, 'client/survey.html'),
        field: path.join(root, 'client/field.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000', '/ket-qua': 'http://127.0.0.1:3000' },
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
          // a page waited for on a loaded 2-core machine (CI) takes longer than expect.poll's 1 s default
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
})
