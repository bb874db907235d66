import type { Browser } from 'playwright-core'
import { existsSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { assertWritable } from './export/atomicWrite'
import { ensureBuild } from './export/deckBuild'
import type { DeckInfo } from './project/index'
import { PROJECT_ROOT, readDeckInfo, startStaticServer } from './project/index'
import type { SlideNotes } from './export/speakerNotes'
import type { DeckLang } from '../components/deck/deckWords'
import { DECK_LANGS } from '../components/deck/deckWords'
import { editionFileName, editionFileOf, isDeckLang, SOURCE_LANG } from './edition/index'
import type { HandoutPerPage } from '../components/deck/downloads'
import { HANDOUT_PER_PAGE, LINKED_HANDOUT_PER_PAGE } from '../components/deck/downloads'
import type { HandoutJob } from './export/handoutOptions'
import { handoutJobs, parsePapers, parsePerPage } from './export/handoutOptions'

/**
 * `node scripts/run.mjs export <target...> [--out folder] [--dist folder] [--base /sub/path/] [--rebuild] [--dark]`,
 * targets: build pdf pdf-dark png pptx handout all.
 * `--entry deck.md` exports another deck beside slides.md (the bench's long deck).
 * `--lang en` exports that edition (slides.en.md, built into dist/en/, written as slides.en.pdf…); `--lang all` every edition.
 * `handout --per-page N` (1, 2, 3 or 6, or a list: 2,3) writes the handout of N slides a page (handout.pdf, handout-3up.pdf…;
 * 1 unless told, every one with `all`), on `--paper a4` or `letter` (or a4,letter; each edition's own unless told:
 * A4 for Chinese, Letter for English). `build` and `build-pdf` also put the 3-up handout the deck links into the build.
 * `build` and `all` make every edition unless --lang names one; the other targets the Chinese unless it does.
 * `node scripts/run.mjs export pdf --watch` (npm run export -- --watch) keeps the PDF in step with every save (scripts/export/live/liveExport.ts).
 * Writes to exports/ unless --out names another folder; builds into dist/ unless --dist does.
 * `build` (or --rebuild) builds afresh and `build` also copies the PDF into the build.
 * One build (reused while its inputs are unchanged), one static server and one browser serve every target.
 * The build starts first and the browser starts while it runs; the rest of the export's code loads once the
 * browser is up, while the first print view draws (loading it sooner held up the browser's start: one thread).
 */

/** `build-pdf`: the PDF of the current build, printed into the build for its download link (npm start), without a rebuild. */
const TARGETS = ['build', 'build-pdf', 'pdf', 'pdf-dark', 'png', 'pptx', 'handout'] as const
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
/** `--lang en`: that edition; `--lang all`: every edition. `build` and `all` make every edition unless told; the others the source's. */
const LANG_OPTION = option('--lang', '')
const rebuild = args.includes('--rebuild')
/** With `pptx`: also write slides-dark.pptx from the dark theme. */
const darkPptx = args.includes('--dark')
const watch = args.includes('--watch')
const PER_PAGE_OPTION = option('--per-page', '')
const PAPER_OPTION = option('--paper', '')
const requested = args.filter(arg => !arg.startsWith('--'))
const targets = new Set<Target>(requested.includes('all') ? TARGETS.filter(t => t !== 'build' && t !== 'build-pdf') : requested as Target[])
const unknown = [...targets].filter(target => !TARGETS.includes(target))
if (watch && (targets.size !== 1 || !targets.has('pdf'))) {
  console.error('--watch 只用于 PDF / --watch works with the pdf target only: npm run export -- --watch')
  process.exit(2)
}
if (targets.size === 0 || unknown.length > 0) {
  console.error(`用法 / usage: node scripts/run.mjs export <${[...TARGETS, 'all'].join('|')}>...${unknown.length ? `\n未知目标 / unknown target: ${unknown.join(', ')}` : ''}`)
  process.exit(2)
}
if (darkPptx && !targets.has('pptx')) {
  console.error('--dark 只用于 pptx（深色 PDF 请用 pdf-dark） / --dark goes with pptx (for a dark PDF use pdf-dark)')
  process.exit(2)
}
const defaultLangs = ['all', 'build', 'build-pdf'].some(target => requested.includes(target)) ? 'all' : SOURCE_LANG
const langChoice = LANG_OPTION || defaultLangs
if (langChoice !== 'all' && !isDeckLang(langChoice)) {
  console.error(`--lang 应为 ${[...DECK_LANGS, 'all'].join(' / ')} 之一 / --lang takes one of ${[...DECK_LANGS, 'all'].join(', ')}: ${langChoice}`)
  process.exit(2)
}
const LANGS: DeckLang[] = langChoice === 'all' ? [...DECK_LANGS] : [langChoice as DeckLang]
if ((PER_PAGE_OPTION || PAPER_OPTION) && !targets.has('handout')) {
  console.error('--per-page 与 --paper 只用于讲义 / --per-page and --paper go with the handout: npm run export:handout -- --per-page 3')
  process.exit(2)
}
/** The handouts each edition writes (`handout` target); `all` writes every kind. */
let handoutsOf: (lang: DeckLang) => HandoutJob[]
try {
  const perPages: HandoutPerPage[] = PER_PAGE_OPTION ? parsePerPage(PER_PAGE_OPTION) : requested.includes('all') ? [...HANDOUT_PER_PAGE] : [1]
  const papers = PAPER_OPTION ? parsePapers(PAPER_OPTION) : undefined
  handoutsOf = lang => targets.has('handout') ? handoutJobs(lang, perPages, papers) : []
}
catch (error) {
  console.error((error as Error).message)
  process.exit(2)
}
const timeout = Number(process.env.DECK_EXPORT_TIMEOUT ?? 30_000)
/** The file each target writes first into the output folder. */
const FIRST_OUTPUT: Record<Target, string> = { 'build': 'slides.pdf', 'build-pdf': 'slides.pdf', 'pdf': 'slides.pdf', 'pdf-dark': 'slides-dark.pdf', 'png': 'png', 'pptx': 'slides.pptx', 'handout': 'handout.pdf' }
const written: string[] = []
const started = performance.now()

function step(message: string) {
  console.log(`[export ${((performance.now() - started) / 1000).toFixed(1)}s] ${message}`)
}

/** What starts the browser and opens the print view: loaded first. */
async function loadBrowser() {
  const [{ chromium }, { launchOptions }, { openPrintView }] = await Promise.all([import('playwright-core'), import('./browser/index'), import('./export/printView')])
  return { chromium, launchOptions, openPrintView }
}

/** The rest of the export's code: it loads while the first print view draws (pdf-lib only when a print is not in the finish cache). */
async function loadTools() {
  const [{ printPdf }, { captureSlides, writePngs }, { readSpeakerNotes }, { printGridHandout, printNotesHandout }] = await Promise.all([
    import('./export/pdf/index'),
    import('./export/slidePictures'),
    import('./export/speakerNotes'),
    import('./export/handout/index'),
  ])
  return { printPdf, captureSlides, writePngs, readSpeakerNotes, printGridHandout, printNotesHandout }
}

type Tools = Awaited<ReturnType<typeof loadTools>>
type OpenPrintView = typeof import('./export/printView').openPrintView

async function main() {
  await assertWritable(OUT, FIRST_OUTPUT[[...targets][0]])
  const force = targets.has('build') || rebuild
  const editions = LANGS.filter(lang => LANG_OPTION || existsSync(editionFileOf(ENTRY, lang))).map(lang => ({ lang, entry: editionFileOf(ENTRY, lang), dist: lang === SOURCE_LANG ? DIST : join(DIST, lang), base: lang === SOURCE_LANG ? BASE : `${BASE}${lang}/` }))
  const stopBuild = new AbortController()
  // The source edition builds first: its build empties dist/, and with it a translation's build inside.
  const building = (async () => {
    const builds = []
    for (const edition of editions)
      builds.push(await ensureBuild({ dir: edition.dist, base: edition.base, entry: edition.entry, force, signal: stopBuild.signal }))
    return builds
  })()
  building.catch(() => {}) // handled where it is awaited
  let launching: Promise<Browser> | undefined
  let loadingTools: Promise<Tools>
  let openPrintView: OpenPrintView
  try {
    const browserCode = await loadBrowser()
    openPrintView = browserCode.openPrintView
    const launch = browserCode.launchOptions()
    step(`build ${force ? '(forced)' : '(reused when unchanged)'}; browser: ${launch.executablePath}`)
    launching = browserCode.chromium.launch(launch)
    launching.catch(() => {}) // handled where it is awaited, after the build
    loadingTools = launching.then(() => loadTools())
    loadingTools.catch(() => {}) // handled where it is awaited, as the first print view draws
    const builds = await building
    for (const build of builds)
      step(build.reused ? `build: reused ${relative(process.cwd(), build.dir)}/, nothing changed` : `build: ${relative(process.cwd(), build.dir)}/ written in ${build.seconds.toFixed(1)} s`)
  }
  catch (error) {
    stopBuild.abort()
    await launching?.then(browser => browser.close(), () => {})
    throw error
  }
  // One browser for every edition.
  let browser: Browser | undefined
  try {
    browser = await launching!
    for (const edition of editions)
      await exportEdition(openPrintView, loadingTools, browser, edition)
  }
  finally {
    await browser?.close()
  }
  step('done. Written:')
  for (const path of written)
    console.log(`  ${relative(process.cwd(), path)}`)
}

async function exportEdition(openPrintView: OpenPrintView, loadingTools: Promise<Tools>, browser: Browser, { lang, entry, dist, base }: { lang: DeckLang, entry: string, dist: string, base: string }) {
  const info = readDeckInfo(entry)
  const output = (file: string) => join(OUT, editionFileName(file, lang))
  const server = await startStaticServer(dist, { base })
  try {
    const needsLight = ['pdf', 'png', 'pptx', 'handout', 'build', 'build-pdf'].some(t => targets.has(t as Target))
    if (needsLight)
      step(`${lang}: print view (light): waiting for every slide…`)
    // The light print view draws while the rest of the export's code finishes loading.
    const lightPage = needsLight ? openPrintView(browser, server.url, info, { scale: targets.has('png') || targets.has('pptx') ? 2 : 1, timeout }) : undefined
    lightPage?.catch(() => {}) // handled where it is awaited, below
    const tools = await loadingTools
    const { captureSlides, printPdf, readSpeakerNotes, writePngs } = tools
    // The speaker notes, read once from the notes view for every target that needs them.
    let notes: Awaited<ReturnType<typeof readSpeakerNotes>> | undefined
    const speakerNotes = async () => notes ??= await readSpeakerNotes(browser, server.url, info)
    if (lightPage) {
      const page = await lightPage
      step(`${lang}: print view (light): all ${info.slides.length} slides drawn`)
      if (targets.has('build-pdf')) {
        const path = join(dist, editionFileName('slides.pdf', lang))
        await printPdf(page, info, path)
        written.push(path)
      }
      if (targets.has('pdf') || targets.has('build')) {
        const path = output('slides.pdf')
        const times = await printPdf(page, info, path)
        step(`${lang}: pdf: printed by Chromium in ${times.printSeconds.toFixed(2)} s, ${times.reused ? 'the tagging of an identical print reused and' : 'tagged and'} written in ${times.postSeconds.toFixed(2)} s`)
        written.push(path)
        if (targets.has('build')) {
          await copyFile(path, join(dist, editionFileName('slides.pdf', lang)))
          written.push(join(dist, editionFileName('slides.pdf', lang)))
        }
      }
      if (targets.has('png')) {
        step(`${lang}: capturing slide pictures…`)
        written.push(...await writePngs(await captureSlides(page, info), output('png')))
      }
      if (targets.has('pptx')) {
        step(`${lang}: pptx: text, shapes and native charts from the print view…`)
        const { writeEditablePptx } = await import('./export/pptx/index')
        await writeEditablePptx(page, await speakerNotes(), info, output('slides.pptx'), { deckPath: entry })
        written.push(output('slides.pptx'))
        step(`${lang}: pptx: written`)
      }
      // Last on this page: each handout rearranges the print view (and puts it back).
      await printHandouts(tools, page, { info, lang, dist, notes: speakerNotes })
      await page.context().close()
    }
    if (targets.has('pdf-dark') || (targets.has('pptx') && darkPptx)) {
      step(`${lang}: print view (dark): waiting for every slide…`)
      const page = await openPrintView(browser, server.url, info, { dark: true, timeout })
      if (targets.has('pdf-dark')) {
        await printPdf(page, info, output('slides-dark.pdf'))
        written.push(output('slides-dark.pdf'))
      }
      if (targets.has('pptx') && darkPptx) {
        const { writeEditablePptx } = await import('./export/pptx/index')
        await writeEditablePptx(page, await speakerNotes(), info, output('slides-dark.pptx'), { dark: true, deckPath: entry })
        written.push(output('slides-dark.pptx'))
      }
      await page.context().close()
    }
  }
  finally {
    await server.close()
  }
}

type PrintView = Awaited<ReturnType<OpenPrintView>>

/**
 * The edition's handouts (`handout`), and the one the deck links (3 a page,
 * on the edition's paper) for `build` (into exports/ and the build) and
 * `build-pdf` (into the build): each printed once from the open print view.
 */
async function printHandouts(tools: Tools, page: PrintView, edition: { info: DeckInfo, lang: DeckLang, dist: string, notes: () => Promise<SlideNotes[]> }) {
  const { info, lang, dist } = edition
  const jobs = handoutsOf(lang).map(job => ({ ...job, paths: [join(OUT, job.file)] }))
  const [linked] = handoutJobs(lang, [LINKED_HANDOUT_PER_PAGE])
  if (targets.has('build')) {
    let job = jobs.find(candidate => candidate.file === linked.file)
    if (!job)
      jobs.push(job = { ...linked, paths: [join(OUT, linked.file)] })
    job.paths.push(join(dist, linked.file))
  }
  if (targets.has('build-pdf'))
    jobs.push({ ...linked, paths: [join(dist, linked.file)] })
  for (const job of jobs) {
    const started = performance.now()
    const [path, ...copies] = job.paths
    if (job.perPage === 1)
      await tools.printNotesHandout(page, info, await edition.notes(), job.paper, path)
    else
      await tools.printGridHandout(page, info, job.perPage, job.paper, path)
    for (const copy of copies)
      await copyFile(path, copy)
    written.push(...job.paths)
    step(`${lang}: handout, ${job.perPage} a page on ${job.paper}: written in ${((performance.now() - started) / 1000).toFixed(2)} s`)
  }
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
