import type { Browser } from 'playwright-core'
import { copyFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { assertWritable } from './export/atomicWrite'
import { ensureBuild } from './export/deckBuild'
import { PROJECT_ROOT, readDeckInfo } from './project/index'

/**
 * `tsx scripts/export.ts <target...> [--out folder] [--dist folder] [--base /sub/path/] [--rebuild] [--dark]`,
 * targets: build pdf pdf-dark png pptx handout all.
 * `--entry deck.md` exports another deck beside slides.md (the bench's long deck).
 * `tsx scripts/export.ts pdf --watch` keeps the PDF in step with every save (scripts/export/live/liveExport.ts).
 * Writes to exports/ unless --out names another folder; builds into dist/ unless --dist does.
 * `build` (or --rebuild) builds afresh and `build` also copies the PDF into the build.
 * One build (reused while its inputs are unchanged), one static server and one browser serve every target.
 * The build starts first; the browser libraries load and the browser starts while it runs.
 */

const TARGETS = ['build', 'pdf', 'pdf-dark', 'png', 'pptx', 'handout'] as const
type Target = (typeof TARGETS)[number]

const args = process.argv.slice(2)
function option(name: string, fallback: string): string {
  const at = args.indexOf(name)
  return at >= 0 ? args.splice(at, 2)[1] : fallback
}
const OUT = resolve(option('--out', join(PROJECT_ROOT, 'exports')))
const DIST = resolve(option('--dist', join(PROJECT_ROOT, 'dist')))
const BASE = option('--base', '/')
const ENTRY = resolve(option('--entry', join(PROJECT_ROOT, 'slides.md')))
const rebuild = args.includes('--rebuild')
/** With `pptx`: also write slides-dark.pptx from the dark theme. */
const darkPptx = args.includes('--dark')
const watch = args.includes('--watch')
const requested = args.filter(arg => !arg.startsWith('--'))
const targets = new Set<Target>(requested.includes('all') ? TARGETS.filter(t => t !== 'build') : requested as Target[])
const unknown = [...targets].filter(target => !TARGETS.includes(target))
if (watch && (targets.size !== 1 || !targets.has('pdf'))) {
  console.error('--watch 只用于 PDF / --watch works with the pdf target only: npm run export -- --watch')
  process.exit(2)
}
if (targets.size === 0 || unknown.length > 0) {
  console.error(`用法 / usage: tsx scripts/export.ts <${[...TARGETS, 'all'].join('|')}>...${unknown.length ? `\n未知目标 / unknown target: ${unknown.join(', ')}` : ''}`)
  process.exit(2)
}
if (darkPptx && !targets.has('pptx')) {
  console.error('--dark 只用于 pptx（深色 PDF 请用 pdf-dark） / --dark goes with pptx (for a dark PDF use pdf-dark)')
  process.exit(2)
}
const timeout = Number(process.env.DECK_EXPORT_TIMEOUT ?? 30_000)
/** The file each target writes first into the output folder. */
const FIRST_OUTPUT: Record<Target, string> = { 'build': 'slides.pdf', 'pdf': 'slides.pdf', 'pdf-dark': 'slides-dark.pdf', 'png': 'png', 'pptx': 'slides.pptx', 'handout': 'handout.pdf' }
const written: string[] = []
const started = performance.now()

function step(message: string) {
  console.log(`[export ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`)
}

/** The heavier modules, loaded while the build runs. */
async function loadTools() {
  const [{ chromium }, { printPdf }, { captureSlides, writePngs }, { readSpeakerNotes }, { printHandout }, { launchOptions }, { openPrintView }, { startStaticServer }] = await Promise.all([
    import('playwright-core'),
    import('./export/pdf/index'),
    import('./export/slidePictures'),
    import('./export/speakerNotes'),
    import('./export/handout'),
    import('./browser/index'),
    import('./export/printView'),
    import('./project/index'),
  ])
  return { chromium, printPdf, captureSlides, writePngs, readSpeakerNotes, printHandout, launchOptions, openPrintView, startStaticServer }
}

async function main() {
  const info = readDeckInfo(ENTRY)
  // A folder that cannot take the files stops the export before the build and the browser start.
  await assertWritable(OUT, FIRST_OUTPUT[[...targets][0]])
  const force = targets.has('build') || rebuild
  const stopBuild = new AbortController()
  const building = ensureBuild({ dir: DIST, base: BASE, entry: ENTRY, force, signal: stopBuild.signal })
  building.catch(() => {}) // handled where it is awaited
  let launching: Promise<Browser> | undefined
  let tools: Awaited<ReturnType<typeof loadTools>>
  try {
    tools = await loadTools()
    const launch = tools.launchOptions()
    step(`build ${force ? '(forced)' : '(reused when unchanged)'}; browser: ${launch.executablePath}`)
    launching = tools.chromium.launch(launch)
    launching.catch(() => {}) // handled where it is awaited, after the build
    const build = await building
    step(build.reused ? `build: reused ${relative(process.cwd(), DIST)}/, nothing changed` : `build: ${relative(process.cwd(), DIST)}/ written in ${build.seconds.toFixed(1)} s`)
  }
  catch (error) {
    stopBuild.abort()
    await launching?.then(browser => browser.close(), () => {})
    throw error
  }
  const { captureSlides, printHandout, printPdf, readSpeakerNotes, writePngs, openPrintView, startStaticServer } = tools

  const server = await startStaticServer(DIST, { base: BASE })
  let browser: Browser | undefined
  try {
    browser = await launching!
    const needsLight = ['pdf', 'png', 'pptx', 'handout', 'build'].some(t => targets.has(t as Target))
    // The speaker notes, read once from the notes view for every target that needs them.
    let notes: Awaited<ReturnType<typeof readSpeakerNotes>> | undefined
    const speakerNotes = async () => notes ??= await readSpeakerNotes(browser!, server.url, info)
    if (needsLight) {
      step('print view (light): waiting for every slide…')
      const page = await openPrintView(browser, server.url, info, { scale: targets.has('png') || targets.has('pptx') ? 2 : 1, timeout })
      step(`print view (light): all ${info.slides.length} slides drawn`)
      if (targets.has('pdf') || targets.has('build')) {
        const path = join(OUT, 'slides.pdf')
        const times = await printPdf(page, info, path)
        step(`pdf: printed by Chromium in ${times.printSeconds.toFixed(2)} s, tagged and written in ${times.postSeconds.toFixed(2)} s`)
        written.push(path)
        if (targets.has('build')) {
          await copyFile(path, join(DIST, 'slides.pdf'))
          written.push(join(DIST, 'slides.pdf'))
        }
      }
      if (targets.has('png')) {
        step('capturing slide pictures…')
        written.push(...await writePngs(await captureSlides(page, info), join(OUT, 'png')))
      }
      if (targets.has('pptx')) {
        step('pptx: text, shapes and native charts from the print view…')
        const { writeEditablePptx } = await import('./export/pptx/index')
        await writeEditablePptx(page, await speakerNotes(), info, join(OUT, 'slides.pptx'))
        written.push(join(OUT, 'slides.pptx'))
        step('pptx: written')
      }
      if (targets.has('handout')) {
        // Last on this page: the handout rearranges the print view.
        step('handout…')
        await printHandout(page, info, await speakerNotes(), join(OUT, 'handout.pdf'))
        written.push(join(OUT, 'handout.pdf'))
      }
      await page.context().close()
    }
    if (targets.has('pdf-dark') || (targets.has('pptx') && darkPptx)) {
      step('print view (dark): waiting for every slide…')
      const page = await openPrintView(browser, server.url, info, { dark: true, timeout })
      if (targets.has('pdf-dark')) {
        await printPdf(page, info, join(OUT, 'slides-dark.pdf'))
        written.push(join(OUT, 'slides-dark.pdf'))
      }
      if (targets.has('pptx') && darkPptx) {
        const { writeEditablePptx } = await import('./export/pptx/index')
        await writeEditablePptx(page, await speakerNotes(), info, join(OUT, 'slides-dark.pptx'), { dark: true })
        written.push(join(OUT, 'slides-dark.pptx'))
      }
      await page.context().close()
    }
  }
  finally {
    await browser?.close()
    await server.close()
  }
  step('done. Written:')
  for (const path of written)
    console.log(`  ${relative(process.cwd(), path)}`)
}

async function watchPdf() {
  await assertWritable(OUT, FIRST_OUTPUT.pdf)
  const { liveExport } = await import('./export/live/index')
  const live = await liveExport({ entry: ENTRY, out: OUT, timeout })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      live.stop().then(() => process.exit(0), (error: Error) => {
        console.error(error.message)
        process.exit(1)
      })
    })
  }
}

(watch ? watchPdf() : main()).catch((error: Error) => {
  console.error(`\n导出失败 / export failed: ${error.message}`)
  process.exit(1)
})
