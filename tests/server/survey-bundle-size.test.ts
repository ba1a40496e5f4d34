import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIELD_JS_LIMIT_BYTES, measureFieldPage, measureSurveyPages, SURVEY_JS_LIMIT_BYTES } from '../../scripts/check-bundle-size'

let clientDir: string

beforeAll(async () => {
  clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hailong-bundle-'))
  // a production build, as npm run build makes it: vitest's NODE_ENV=test would bring in preact's devtools hook
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'), logLevel: 'warn', build: { outDir: clientDir, emptyOutDir: true } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
})

afterAll(() => {
  fs.rmSync(clientDir, { recursive: true, force: true })
})

describe('survey bundle', () => {
  it('keeps the kiosk and the phone page under 60 KB of gzipped JavaScript', () => {
    const pages = measureSurveyPages(clientDir)
    expect(pages.map((p) => p.page)).toEqual(['kiosk /k/:code', 'phone /s/:code'])
    for (const page of pages) {
      expect(page.files.some((f) => /^assets\/survey-.*\.js$/.test(f.file))).toBe(true)
      expect(page.files.map((f) => f.file)).toContain('sw.js')
      expect(page.gzipBytes).toBe(page.files.reduce((sum, f) => sum + f.gzipBytes, 0))
      expect(page.gzipBytes).toBeLessThanOrEqual(SURVEY_JS_LIMIT_BYTES)
    }
  })

  it('keeps interview mode (/field) under its own budget, without zod, chart.js or the admin app, in ES2017', () => {
    const field = measureFieldPage(clientDir)
    expect(field.files.some((f) => /^assets\/field-.*\.js$/.test(f.file))).toBe(true)
    expect(field.gzipBytes).toBeLessThanOrEqual(FIELD_JS_LIMIT_BYTES)
    const code = field.files.map((f) => fs.readFileSync(path.join(clientDir, f.file), 'utf8')).join('\n')
    expect(code).not.toContain('ZodError')
    expect(code).not.toContain('$chartjs')
    expect(code).not.toContain('/admin/audit')
    const modules = field.files.filter((f) => !f.file.endsWith('sw.js')).map((f) => path.join(clientDir, f.file))
    const esCheck = execFileSync(
      path.resolve(import.meta.dirname, '../../node_modules/.bin/es-check'),
      ['es2017', '--checkFeatures', '--noColor', '--module', ...modules],
      {
        encoding: 'utf8',
      },
    )
    expect(esCheck).toContain('ES-Check passed')
  })

  it('leaves zod and chart.js out of the survey scripts', () => {
    const code = measureSurveyPages(clientDir)[0]!
      .files.map((f) => fs.readFileSync(path.join(clientDir, f.file), 'utf8'))
      .join('\n')
    expect(code).not.toContain('ZodError')
    expect(code).not.toContain('$chartjs')
  })

  it('is ES2017 syntax and built-ins only, for the 2018 browsers of kiosk tablets and old phones (es-check)', () => {
    const files = measureSurveyPages(clientDir)[0]!.files.map((f) => path.join(clientDir, f.file))
    const esCheck = (args: string[]) =>
      execFileSync(path.resolve(import.meta.dirname, '../../node_modules/.bin/es-check'), ['es2017', '--checkFeatures', '--noColor', ...args], {
        encoding: 'utf8',
      })
    const modules = files.filter((file) => !file.endsWith('sw.js'))
    expect(modules.length).toBeGreaterThan(0)
    expect(esCheck(['--module', ...modules])).toContain('ES-Check passed')
    expect(esCheck([path.join(clientDir, 'sw.js')])).toContain('ES-Check passed')
  })

  it('keeps a plain message in the page for browsers too old to start the app, and no inline script', () => {
    const html = fs.readFileSync(path.join(clientDir, 'survey.html'), 'utf8')
    expect(html).toMatch(/<div id="app">\s*<p class="unsupported" lang="vi">\s*Trình duyệt của máy này quá cũ/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  })

  it('ships the web manifest, its icons and the service worker at the origin root', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(clientDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string; sizes: string }[]
      scope: string
    }
    expect(manifest.scope).toBe('/')
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']))
    for (const icon of manifest.icons) expect(fs.existsSync(path.join(clientDir, icon.src))).toBe(true)
    expect(fs.existsSync(path.join(clientDir, 'sw.js'))).toBe(true)
    expect(fs.readFileSync(path.join(clientDir, 'survey.html'), 'utf8')).toContain('rel="manifest" href="/manifest.webmanifest"')
  })
})
