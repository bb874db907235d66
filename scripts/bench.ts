import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { alternate, breakdown, formatBytes, median, repeatDeck, table } from './bench/index'
import { freePort, PROJECT_ROOT, readDeckInfo, startStaticServer, tsxCommand } from './project/index'
import { CHROMIUM_ARGS, findOrInstallBrowser, launchOptions } from './browser/index'
import { fixRunningTotals } from './lint/index'

/**
 * `npm run bench -- --breakdown [--cpu-prof FOLDER]`: where a build's, the dev server's and an
 * export's time goes instead (scripts/bench/breakdown.ts).
 *
 * `npm run bench [-- --repetitions N] [-- --skip-test]`: export speed against stock Slidev and
 * marp-cli (for this deck and for one five times as long), the live export's
 * refresh after a save, dev-server cold start, first-slide bytes, build and
 * PDF size, and the wall time of `npm test`. Everything it writes goes to a
 * temporary folder, except two hidden decks beside slides.md (Slidev resolves
 * components from the deck's folder), removed at the end.
 */

const args = process.argv.slice(2)
const repetitions = args.includes('--repetitions') ? Number(args[args.indexOf('--repetitions') + 1]) : 3
if (!Number.isInteger(repetitions) || repetitions < 1)
  throw new Error('--repetitions takes a whole number of at least 1')
const skipTest = args.includes('--skip-test')
const work = mkdtempSync(join(tmpdir(), 'deck-bench-'))
const info = readDeckInfo()
const slideCount = info.slides.length
const browserPath = findOrInstallBrowser()
const bin = (name: string) => join(PROJECT_ROOT, 'node_modules/.bin', name)
const LONG = 5
/** Stock Slidev gives up on a page after 30 s by default, which its print view of the 5× deck can exceed; a longer bound only stops it failing, it waits no longer than it needs. */
const STOCK_TIMEOUT = '180000'
const longDeck = join(PROJECT_ROOT, '.scratch-bench-long.md')
const watchedDeck = join(PROJECT_ROOT, '.scratch-bench-watch.md')

function log(message: string) {
  console.log(`[bench] ${message}`)
}

function timed(command: string, commandArgs: string[], cwd: string, env: NodeJS.ProcessEnv = {}): () => Promise<number> {
  return async () => {
    const started = performance.now()
    try {
      execFileSync(command, commandArgs, { cwd, stdio: 'pipe', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })
    }
    catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: Buffer | string, stderr?: Buffer | string }
      const tail = `${stdout}\n${stderr}`.trim().split('\n').slice(-40).join('\n')
      throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${tail}`)
    }
    return (performance.now() - started) / 1000
  }
}

/** A timed run that starts with `folder` removed (not counted in the time). */
function fresh(folder: string, run: () => Promise<number>): () => Promise<number> {
  return async () => {
    rmSync(folder, { recursive: true, force: true })
    return run()
  }
}

/**
 * The stock deck's node_modules: links to the project's packages, plus
 * `playwright-chromium` (which Slidev's exporter imports) as a link to
 * `playwright-core`, which is all that package re-exports.
 */
function linkModules(folder: string) {
  const source = join(PROJECT_ROOT, 'node_modules')
  mkdirSync(folder)
  for (const name of readdirSync(source)) {
    if (name.startsWith('@')) {
      mkdirSync(join(folder, name))
      for (const child of readdirSync(join(source, name)))
        symlinkSync(join(source, name, child), join(folder, name, child), 'dir')
    }
    else if (!name.startsWith('.')) {
      symlinkSync(join(source, name), join(folder, name), 'dir')
    }
  }
  symlinkSync(join(source, 'playwright-core'), join(folder, 'playwright-chromium'), 'dir')
}

/** The plain decks to compare with: as many slides of plain text as this deck (and LONG times as many). */
function writeComparisonDecks() {
  const source = readFileSync(join(PROJECT_ROOT, 'slides.md'), 'utf8')
  const headmatter = source.slice(0, source.indexOf('\n---\n', 4) + 5)
  const plain = (count: number) => Array.from({ length: count }, (_, i) => `# 第 ${i + 1} 页\n\n纯文本内容，第 ${i + 1} 页，没有图表。\n`).join('\n---\n\n')
  for (const [name, count] of [['stock', slideCount], ['stock-long', slideCount * LONG]] as const) {
    const stock = join(work, name)
    mkdirSync(stock)
    writeFileSync(join(stock, 'slides.md'), `${headmatter}\n${plain(count)}`)
    // Stock Slidev, with its Vite cache kept in the temporary folder.
    writeFileSync(join(stock, 'vite.config.ts'), `export default { cacheDir: ${JSON.stringify(join(work, `${name}-vite-cache`))} }\n`)
    linkModules(join(stock, 'node_modules'))
  }
  mkdirSync(join(work, 'marp'))
  writeFileSync(join(work, 'marp', 'slides.md'), `---\nmarp: true\nlang: zh-CN\n---\n\n${plain(slideCount)}`)
  // This deck LONG times over, its timing cues' running totals carried through the copies as `npm run lint -- --fix` writes them.
  writeFileSync(longDeck, fixRunningTotals(repeatDeck(source, LONG), longDeck))
  writeFileSync(watchedDeck, source)
}

/**
 * The live export: after each one-line edit of a slide's heading, the time
 * until the new PDF is on disk. Runs `npm run export -- --watch` on a copy of
 * slides.md and stops it with SIGINT.
 */
async function watchRefreshes(rounds: number): Promise<number[]> {
  const out = join(work, 'watch')
  const pdf = join(out, 'slides.pdf')
  const child = spawn(...tsxCommand('scripts/export.ts', ['pdf', '--watch', '--entry', watchedDeck, '--out', out]), { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => { output += chunk })
  child.stderr!.on('data', (chunk) => { output += chunk })
  const until = async (done: () => boolean, what: string, seconds = 120) => {
    const deadline = performance.now() + seconds * 1000
    while (!done()) {
      if (performance.now() > deadline || child.exitCode !== null)
        throw new Error(`watch: no ${what}:\n${output.split('\n').slice(-30).join('\n')}`)
      await new Promise(resolve => setTimeout(resolve, 20))
    }
  }
  try {
    await until(() => output.includes('waiting for saves'), 'first PDF')
    const source = readFileSync(watchedDeck, 'utf8')
    const heading = /^# .+$/m.exec(source)![0]
    const times: number[] = []
    for (let round = 1; round <= rounds; round++) {
      const before = existsSync(pdf) ? statSync(pdf).mtimeMs : 0
      const saved = performance.now()
      writeFileSync(watchedDeck, source.replace(heading, `${heading} ${round}`))
      await until(() => existsSync(pdf) && statSync(pdf).mtimeMs !== before, `PDF after save ${round}`)
      times.push((performance.now() - saved) / 1000)
      log(`watch refresh #${round}: ${times.at(-1)!.toFixed(2)} s`)
      await new Promise(resolve => setTimeout(resolve, 1500))
    }
    return times
  }
  finally {
    child.kill('SIGINT')
    await new Promise(resolve => child.once('exit', resolve))
  }
}

async function devServerColdStart(): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const server: ChildProcess = spawn(bin('slidev'), ['--port', String(port), '--open', 'false'], { cwd: PROJECT_ROOT, stdio: 'ignore', detached: true })
  const browser = await chromium.launch(launchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    for (;;) {
      try {
        await page.goto(`http://localhost:${port}/1`, { timeout: 60_000 })
        break
      }
      catch {
        await new Promise(resolve => setTimeout(resolve, 100))
      }
    }
    await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible', timeout: 60_000 })
    await page.evaluate(() => document.fonts.ready)
    return (performance.now() - started) / 1000
  }
  finally {
    await browser.close()
    process.kill(-server.pid!)
  }
}

async function firstSlideBytes(dist: string): Promise<{ gzip: number, raw: number, requests: number }> {
  const server = await startStaticServer(dist)
  const browser = await chromium.launch(launchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const bodies: Promise<Buffer>[] = []
    page.on('response', response => bodies.push(response.body().catch(() => Buffer.alloc(0))))
    await page.goto(`${server.url}1`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-page-1 h1').waitFor({ state: 'visible' })
    const loaded = await Promise.all(bodies)
    return { gzip: loaded.reduce((sum, body) => sum + gzipSync(body).length, 0), raw: loaded.reduce((sum, body) => sum + body.length, 0), requests: loaded.length }
  }
  finally {
    await browser.close()
    await server.close()
  }
}

function folderSize(path: string): number {
  return statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + folderSize(join(path, name)), 0) : statSync(path).size
}

async function main() {
  log(`work folder ${work}; ${slideCount} slides; ${repetitions} repetitions; browser ${browserPath}; load average ${loadavg().map(load => load.toFixed(1)).join(' / ')}`)
  writeComparisonDecks()
  const dist = join(work, 'dist')
  const out = join(work, 'out')
  const exports = {
    'stock Slidev: slidev export (plain deck)': timed(bin('slidev'), ['export', '--output', join(work, 'stock.pdf'), '--executable-path', browserPath, '--timeout', STOCK_TIMEOUT], join(work, 'stock')),
    'marp-cli: marp --pdf (plain deck)': timed(bin('marp'), ['slides.md', '--pdf', '-o', join(work, 'marp.pdf'), '--browser-path', browserPath, '--browser-arg', CHROMIUM_ARGS.join(' ')], join(work, 'marp')),
    'this deck: rm -rf dist && npm run export': fresh(join(work, 'dist-fresh'), timed(...tsxCommand('scripts/export.ts', ['pdf', '--out', out, '--dist', join(work, 'dist-fresh')]), PROJECT_ROOT)),
    'this deck: export from cached build': timed(...tsxCommand('scripts/export.ts', ['pdf', '--out', out, '--dist', dist]), PROJECT_ROOT),
    [`stock Slidev: slidev export (plain deck, ${LONG}×)`]: timed(bin('slidev'), ['export', '--output', join(work, 'stock-long.pdf'), '--executable-path', browserPath, '--timeout', STOCK_TIMEOUT], join(work, 'stock-long')),
    [`this deck ${LONG}×: rm -rf dist && npm run export`]: fresh(join(work, 'dist-long'), timed(...tsxCommand('scripts/export.ts', ['pdf', '--entry', longDeck, '--out', join(work, 'out-long'), '--dist', join(work, 'dist-long')]), PROJECT_ROOT, { DECK_EXPORT_TIMEOUT: '180000' })),
  }
  log('static build for the cached export and the first-slide bytes…')
  await timed(...tsxCommand('scripts/export.ts', ['build', '--out', out, '--dist', dist]), PROJECT_ROOT)()
  log('warm-up run of each export (not counted)…')
  for (const run of Object.values(exports))
    await run()
  const samples = await alternate(exports, repetitions, (name, round, seconds) => log(`${name} #${round}: ${seconds.toFixed(2)} s`))
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values as number[])])) as Record<keyof typeof exports, number>

  log('live export: refresh after a one-line edit…')
  const refreshes = await watchRefreshes(Math.max(3, repetitions))

  log('dev server cold starts…')
  const starts: number[] = []
  for (let round = 0; round < repetitions; round++)
    starts.push(await devServerColdStart())

  log('first slide of the static build…')
  const first = await firstSlideBytes(dist)
  const pdfBytes = statSync(join(out, 'slides.pdf')).size
  const distBytes = folderSize(dist)

  let testSeconds: number | undefined
  if (!skipTest) {
    log('npm test (once)…')
    testSeconds = await timed('npm', ['test'], PROJECT_ROOT)()
  }

  const full = medians['this deck: rm -rf dist && npm run export']
  const cached = medians['this deck: export from cached build']
  const stock = medians['stock Slidev: slidev export (plain deck)']
  const marp = medians['marp-cli: marp --pdf (plain deck)']
  const long = medians[`this deck ${LONG}×: rm -rf dist && npm run export`]
  const stockLong = medians[`stock Slidev: slidev export (plain deck, ${LONG}×)`]
  const refresh = median(refreshes)
  const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED')

  console.log('\nExport time (median of %d, alternated)\n', repetitions)
  console.log(table(['command', 'median', 'runs', 'vs stock Slidev', 'vs marp-cli'], Object.entries(samples).map(([name, values]) => [
    name,
    `${medians[name as keyof typeof exports].toFixed(2)} s`,
    (values as number[]).map(v => v.toFixed(2)).join(' / '),
    `${(medians[name as keyof typeof exports] / stock).toFixed(2)}×`,
    `${(medians[name as keyof typeof exports] / marp).toFixed(2)}×`,
  ])))
  console.log('\nBudgets\n')
  console.log(table(['measure', 'value', 'budget', 'result'], [
    ['full export ÷ stock Slidev', `${(full / stock).toFixed(2)}× (${full.toFixed(2)} s ÷ ${stock.toFixed(2)} s)`, '≤ 1.00×', verdict(full / stock <= 1)],
    [`full export ÷ stock Slidev, ${LONG}× the slides`, `${(long / stockLong).toFixed(2)}× (${long.toFixed(2)} s ÷ ${stockLong.toFixed(2)} s)`, '≤ 0.60×', verdict(long / stockLong <= 0.6)],
    ['live export: new PDF after a one-line edit ÷ marp-cli', `${(refresh / marp).toFixed(2)}× (${refresh.toFixed(2)} s, runs ${refreshes.map(t => t.toFixed(2)).join(' / ')})`, '≤ 1.00×', verdict(refresh / marp <= 1)],
    ['cached export ÷ marp-cli', `${(cached / marp).toFixed(2)}×`, '≤ 1.50×', verdict(cached / marp <= 1.5)],
    ['first slide, gzip', `${formatBytes(first.gzip)} (${first.requests} requests, ${formatBytes(first.raw)} raw)`, '≤ 230 KB', verdict(first.gzip <= 230 * 1024)],
    ['PDF size', `${formatBytes(pdfBytes)} (${formatBytes(pdfBytes / slideCount)} per page)`, '≤ 3 MB', verdict(pdfBytes <= 3 * 1024 * 1024)],
    ['npm test wall time', testSeconds === undefined ? 'skipped (--skip-test)' : `${testSeconds.toFixed(0)} s`, '≤ 180 s', testSeconds === undefined ? '-' : verdict(testSeconds <= 180)],
  ]))
  console.log('\nOther figures\n')
  console.log(table(['measure', 'value'], [
    ['dev server cold start to slide 1 visible (median)', `${median(starts).toFixed(2)} s (${starts.map(s => s.toFixed(2)).join(' / ')})`],
    ['static build dist/, total', formatBytes(distBytes)],
    ['machine', `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`],
    ['browser', execFileSync(browserPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()],
    ['load average (1 / 5 / 15 min) at the end', loadavg().map(load => load.toFixed(1)).join(' / ')],
  ]))
}

const run = args.includes('--breakdown') ? () => breakdown(args) : main
run()
  .catch((error: Error) => {
    console.error(`bench failed: ${error.message}`)
    process.exitCode = 1
  })
  .finally(() => {
    if (existsSync(work))
      rmSync(work, { recursive: true, force: true })
    for (const deck of [longDeck, watchedDeck])
      rmSync(deck, { force: true })
  })
