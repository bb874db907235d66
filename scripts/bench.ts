import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import type { FanoutResult } from './bench/index'
import { alternate, breakdown, formatBytes, measureCpu, measureShareFanout, median, openFirstSlide, repeatDeck, table } from './bench/index'
import { freePort, PROJECT_ROOT, readDeckInfo, startStaticServer, scriptCommand } from './project/index'
import { CHROMIUM_ARGS, findOrInstallBrowser, launchOptions } from './browser/index'
import { fixRunningTotals } from './lint/index'

/**
 * `npm run bench -- --breakdown [--cpu-prof FOLDER]`: where a build's, the dev server's and an
 * export's time goes instead (scripts/bench/breakdown.ts).
 *
 * `npm run bench -- --handout-only`: the 3-up handout from the current build
 * beside the slides PDF from the same build, alternated, and their ratio.
 *
 * `npm run bench -- --share-only`: the share mode's fan-out alone (from the
 * current build in dist/): the time from the presenter's move to 100 and to
 * 1,000 followers receiving it, and the server's memory per follower.
 *
 * `npm run bench [-- --repetitions N] [-- --test-against REV [--test-only] [--test-budget X]] [-- --skip-test]`: export speed against stock Slidev and
 * marp-cli (for this deck and for one five times as long), the live export's
 * refresh after a save, the time until slide 1 shows from `npm run dev` (warm
 * and cold) and `npm start` against stock Slidev's dev server, first-slide
 * bytes, build and PDF size, and with --test-against REV the CPU time of
 * `npm test` against that revision's suite (fresh clones, back to back,
 * every process counted: scripts/bench/cpuTime.ts; budget 0.8× unless
 * --test-budget says),
 * each as a ratio beside its budget. Everything it writes goes to a
 * temporary folder, except two hidden decks beside slides.md (Slidev resolves
 * components from the deck's folder), removed at the end.
 */

const args = process.argv.slice(2)
/** `--test-budget X`: the budget for npm test's CPU against REV (0.8 against 4543ddf, issue 26; 1.3 against 3ad338f, issue 27). */
const testBudget = args.includes('--test-budget') ? Number(args[args.indexOf('--test-budget') + 1]) : 0.8
if (!(testBudget > 0))
  throw new Error('--test-budget takes a ratio, such as 1.3')
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
  const child = spawn(...scriptCommand('export', ['pdf', '--watch', '--entry', watchedDeck, '--out', out]), { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
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

/** Seconds from starting `command` until slide 1 of the deck it serves shows its title in a browser, fonts loaded; then stopped. */
async function untilFirstSlide(command: string, commandArgs: (port: number) => string[], cwd: string): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const server: ChildProcess = spawn(command, commandArgs(port), { cwd, stdio: 'ignore', detached: true })
  const browser = await chromium.launch(launchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const { shown } = await openFirstSlide(page, `http://localhost:${port}/`)
    return (shown - started) / 1000
  }
  finally {
    await browser.close()
    process.kill(-server.pid!)
    await new Promise(resolve => setTimeout(resolve, 500))
  }
}

/** A dev server (`slidev`) in `cwd` until slide 1 shows; cold: with its Vite cache (`cacheDir`) removed first. */
function devServerStart(cwd: string, cacheDir: string, cold: boolean): () => Promise<number> {
  return async () => {
    if (cold)
      rmSync(cacheDir, { recursive: true, force: true })
    return untilFirstSlide(bin('slidev'), port => ['--port', String(port), '--open', 'false'], cwd)
  }
}

/**
 * The CPU time (user + system) of `npm test` in a fresh clone of this
 * repository at each revision, run back to back (alternating, `rounds`
 * times), every process it starts counted (measureCpu: the browsers'
 * renderers too, where a cgroup can be made). The clones sit beside the
 * project, so the tests find the article in ../shared as they do here.
 */
async function testCpu(revisions: string[], rounds: number): Promise<Record<string, number[]>> {
  const clones = revisions.map((revision, index) => ({ revision, folder: join(PROJECT_ROOT, '..', `.deck-bench-clone-${process.pid}-${index}`) }))
  try {
    for (const { revision, folder } of clones) {
      log(`npm test: fresh clone at ${revision}, npm ci…`)
      execFileSync('git', ['clone', '-q', PROJECT_ROOT, folder])
      execFileSync('git', ['-C', folder, 'checkout', '-q', revision])
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, stdio: 'ignore', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
    }
    const runs = Object.fromEntries(clones.map(({ revision, folder }) => [revision, async () => {
      let output = ''
      try {
        const run = await measureCpu('npm', ['test'], folder, (chunk) => { output += chunk })
        log(`npm test at ${revision}: ${run.wallSeconds.toFixed(0)} s wall, counted by ${run.counted === 'cgroup' ? 'a cgroup (every process)' : 'rusage (waited-for children only: browser renderers not counted)'}${run.leftovers ? '; it left processes running (stopped)' : ''}`)
        return run.cpuSeconds
      }
      catch (error) {
        throw new Error(`${(error as Error).message}\n${output.trim().split('\n').slice(-40).join('\n')}`)
      }
    }]))
    return await alternate(runs, rounds, (revision, round, seconds) => log(`npm test at ${revision} #${round}: ${seconds.toFixed(0)} CPU-seconds`))
  }
  finally {
    for (const { folder } of clones)
      rmSync(folder, { recursive: true, force: true })
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

/** `--test-only --test-against REV`: npm test's CPU time against REV alone, the rest of the bench left out. */
async function testCpuOnly(against: string) {
  const samples = await testCpu(['HEAD', against], repetitions)
  const ratio = median(samples.HEAD) / median(samples[against])
  console.log(`\nnpm test CPU (user + system), fresh clones, back to back, ${repetitions} round(s)\n`)
  console.log(table(['revision', 'median', 'runs'], Object.entries(samples).map(([revision, values]) => [revision, `${median(values).toFixed(0)} s`, values.map(v => v.toFixed(0)).join(' / ')])))
  console.log(`\nHEAD ÷ ${against}: ${ratio.toFixed(2)}× (budget ≤ ${testBudget.toFixed(2)}×: ${ratio <= testBudget ? 'OK' : 'MISSED'})`)
}

/** The share mode's fan-out as a table: p50 and p95 from the presenter's move to each follower, memory per follower. */
function fanoutTable(results: FanoutResult[]): string {
  return table(['followers', 'moves', 'p50', 'p95', 'max', 'server memory per follower'], results.map(result => [
    String(result.followers),
    String(result.moves),
    `${result.p50.toFixed(1)} ms`,
    `${result.p95.toFixed(1)} ms`,
    `${result.max.toFixed(1)} ms`,
    formatBytes(result.bytesPerFollower),
  ]))
}

async function shareOnly() {
  const dist = join(PROJECT_ROOT, 'dist')
  if (!existsSync(join(dist, 'index.html')))
    throw new Error('--share-only serves the current build: run npm run build first')
  log(`share mode fan-out: 100 and 1,000 followers on loopback; load average ${loadavg().map(load => load.toFixed(1)).join(' / ')}`)
  console.log('\nShare mode: the presenter\'s move to each follower (npm start -- --share, followers as WebSocket clients)\n')
  console.log(fanoutTable(await measureShareFanout(dist, [100, 1000])))
}

/** `npm run export:handout -- --per-page 3` from the build in `dist`: one browser, the build reused. */
function handoutFromBuild(out: string, dist: string): () => Promise<number> {
  return timed(...scriptCommand('export', ['handout', '--per-page', '3', '--out', out, '--dist', dist]), PROJECT_ROOT)
}

/** The 3-up handout's budget: at most 1.5× the slides PDF's time from the same build. */
const HANDOUT_BUDGET = 1.5

/** `--handout-only`: the 3-up handout and the slides PDF from one current build, alternated. */
async function handoutOnly() {
  const dist = join(work, 'dist')
  const out = join(work, 'out')
  log(`3-up handout beside the slides PDF, from one build; ${repetitions} repetitions; load average ${loadavg().map(load => load.toFixed(1)).join(' / ')}`)
  await timed(...scriptCommand('export', ['build', '--out', out, '--dist', dist]), PROJECT_ROOT)()
  const runs = {
    'npm run export (slides PDF), current build': timed(...scriptCommand('export', ['pdf', '--out', out, '--dist', dist]), PROJECT_ROOT),
    'npm run export:handout -- --per-page 3, current build': handoutFromBuild(out, dist),
  }
  for (const run of Object.values(runs))
    await run()
  const samples = await alternate(runs, repetitions, (name, round, seconds) => log(`${name} #${round}: ${seconds.toFixed(2)} s`))
  const [pdf, handout] = Object.values(samples).map(values => median(values as number[]))
  console.log(`\n3-up handout and slides PDF from the current build (median of ${repetitions}, alternated)\n`)
  console.log(table(['command', 'median', 'runs'], Object.entries(samples).map(([name, values]) => [name, `${median(values as number[]).toFixed(2)} s`, (values as number[]).map(v => v.toFixed(2)).join(' / ')])))
  console.log(`\nhandout ÷ slides PDF: ${(handout / pdf).toFixed(2)}× (budget ≤ ${HANDOUT_BUDGET.toFixed(2)}×: ${handout / pdf <= HANDOUT_BUDGET ? 'OK' : 'MISSED'}); handout-3up.pdf ${formatBytes(statSync(join(out, 'handout-3up.pdf')).size)}`)
}

async function main() {
  if (args.includes('--share-only'))
    return shareOnly()
  if (args.includes('--test-only')) {
    if (!args.includes('--test-against'))
      throw new Error('--test-only goes with --test-against REV')
    return testCpuOnly(args[args.indexOf('--test-against') + 1])
  }
  log(`work folder ${work}; ${slideCount} slides; ${repetitions} repetitions; browser ${browserPath}; load average ${loadavg().map(load => load.toFixed(1)).join(' / ')}`)
  writeComparisonDecks()
  const dist = join(work, 'dist')
  const out = join(work, 'out')
  const exports = {
    'stock Slidev: slidev export (plain deck)': timed(bin('slidev'), ['export', '--output', join(work, 'stock.pdf'), '--executable-path', browserPath, '--timeout', STOCK_TIMEOUT], join(work, 'stock')),
    'marp-cli: marp --pdf (plain deck)': timed(bin('marp'), ['slides.md', '--pdf', '-o', join(work, 'marp.pdf'), '--browser-path', browserPath, '--browser-arg', CHROMIUM_ARGS.join(' ')], join(work, 'marp')),
    'this deck: rm -rf dist && npm run export': fresh(join(work, 'dist-fresh'), timed(...scriptCommand('export', ['pdf', '--out', out, '--dist', join(work, 'dist-fresh')]), PROJECT_ROOT)),
    'this deck: export from cached build': timed(...scriptCommand('export', ['pdf', '--out', out, '--dist', dist]), PROJECT_ROOT),
    'this deck: 3-up handout from cached build': handoutFromBuild(out, dist),
    'this deck: export from cached build, tagged afresh': timed(...scriptCommand('export', ['pdf', '--out', out, '--dist', dist]), PROJECT_ROOT, { DECK_PDF_FINISH_CACHE: '0' }),
    [`stock Slidev: slidev export (plain deck, ${LONG}×)`]: timed(bin('slidev'), ['export', '--output', join(work, 'stock-long.pdf'), '--executable-path', browserPath, '--timeout', STOCK_TIMEOUT], join(work, 'stock-long')),
    [`this deck ${LONG}×: rm -rf dist && npm run export`]: fresh(join(work, 'dist-long'), timed(...scriptCommand('export', ['pdf', '--entry', longDeck, '--out', join(work, 'out-long'), '--dist', join(work, 'dist-long')]), PROJECT_ROOT, { DECK_EXPORT_TIMEOUT: '180000' })),
  }
  log('static build for the cached export and the first-slide bytes…')
  await timed(...scriptCommand('export', ['build', '--out', out, '--dist', dist]), PROJECT_ROOT)()
  log('warm-up run of each export (not counted)…')
  for (const run of Object.values(exports))
    await run()
  const samples = await alternate(exports, repetitions, (name, round, seconds) => log(`${name} #${round}: ${seconds.toFixed(2)} s`))
  const medians = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values as number[])])) as Record<keyof typeof exports, number>

  log('live export: refresh after a one-line edit…')
  const refreshes = await watchRefreshes(Math.max(3, repetitions))

  log('until slide 1 shows: this deck\'s dev server, stock Slidev\'s on the plain deck, npm start from the current build…')
  const projectCache = join(PROJECT_ROOT, 'node_modules/.vite')
  const stockCache = join(work, 'stock-vite-cache')
  const opening = {
    'this deck: npm run dev, warm (Vite cache kept)': devServerStart(PROJECT_ROOT, projectCache, false),
    'stock Slidev: slidev dev server, warm (plain deck)': devServerStart(join(work, 'stock'), stockCache, false),
    'this deck: npm run dev, cold (Vite cache removed)': devServerStart(PROJECT_ROOT, projectCache, true),
    'stock Slidev: slidev dev server, cold (plain deck)': devServerStart(join(work, 'stock'), stockCache, true),
    'this deck: npm start, current build': () => untilFirstSlide(process.execPath, port => scriptCommand('start', ['--dist', dist, '--no-pdf', '--port', String(port)])[1], PROJECT_ROOT),
  }
  const openSamples = await alternate(opening, repetitions, (name, round, seconds) => log(`${name} #${round}: ${seconds.toFixed(2)} s`))
  const openMedians = Object.fromEntries(Object.entries(openSamples).map(([name, values]) => [name, median(values as number[])])) as Record<keyof typeof opening, number>

  log('first slide of the static build…')
  const first = await firstSlideBytes(dist)
  const pdfBytes = statSync(join(out, 'slides.pdf')).size
  const distBytes = folderSize(dist)

  log('share mode: the presenter\'s move to 100 and to 1,000 followers…')
  const fanout = await measureShareFanout(dist, [100, 1000])

  // npm test's CPU time against a pinned revision (--test-against REV), both on fresh clones, back to back.
  const against = args.includes('--test-against') ? args[args.indexOf('--test-against') + 1] : undefined
  const testCpuSamples = skipTest || !against ? undefined : await testCpu(['HEAD', against], 1)

  const full = medians['this deck: rm -rf dist && npm run export']
  const cached = medians['this deck: export from cached build']
  const stock = medians['stock Slidev: slidev export (plain deck)']
  const marp = medians['marp-cli: marp --pdf (plain deck)']
  const long = medians[`this deck ${LONG}×: rm -rf dist && npm run export`]
  const stockLong = medians[`stock Slidev: slidev export (plain deck, ${LONG}×)`]
  const verdict = (ok: boolean) => (ok ? 'OK' : 'MISSED')

  console.log('\nExport time (median of %d, alternated)\n', repetitions)
  console.log(table(['command', 'median', 'runs', 'vs stock Slidev', 'vs marp-cli'], Object.entries(samples).map(([name, values]) => [
    name,
    `${medians[name as keyof typeof exports].toFixed(2)} s`,
    (values as number[]).map(v => v.toFixed(2)).join(' / '),
    `${(medians[name as keyof typeof exports] / stock).toFixed(2)}×`,
    `${(medians[name as keyof typeof exports] / marp).toFixed(2)}×`,
  ])))
  console.log('\nUntil slide 1 shows its title (median of %d, alternated)\n', repetitions)
  console.log(table(['command', 'median', 'runs'], Object.entries(openSamples).map(([name, values]) => [name, `${openMedians[name as keyof typeof opening].toFixed(2)} s`, (values as number[]).map(v => v.toFixed(2)).join(' / ')])))
  const ratio = (a: number, b: number, budget: number) => [`${(a / b).toFixed(2)}× (${a.toFixed(2)} s ÷ ${b.toFixed(2)} s)`, `≤ ${budget.toFixed(2)}×`, verdict(a / b <= budget)]
  const devWarm = openMedians['this deck: npm run dev, warm (Vite cache kept)']
  const stockWarm = openMedians['stock Slidev: slidev dev server, warm (plain deck)']
  const devCold = openMedians['this deck: npm run dev, cold (Vite cache removed)']
  const stockCold = openMedians['stock Slidev: slidev dev server, cold (plain deck)']
  const started = openMedians['this deck: npm start, current build']
  const testRatio = testCpuSamples && against ? median(testCpuSamples.HEAD) / median(testCpuSamples[against]) : undefined
  console.log('\nBudgets (every tool on the same browser)\n')
  console.log(table(['measure', 'value', 'budget', 'result'], [
    ['full export (fresh build + PDF) ÷ stock Slidev\'s export', ...ratio(full, stock, 0.7)],
    [`full export ÷ stock Slidev, ${LONG}× the slides`, ...ratio(long, stockLong, 0.5)],
    ['PDF again from the current build ÷ marp-cli', ...ratio(cached, marp, 1)],
    ['3-up handout from the current build ÷ the PDF from it', ...ratio(medians['this deck: 3-up handout from cached build'], cached, HANDOUT_BUDGET)],
    ['npm run dev until slide 1, warm ÷ stock Slidev\'s dev server', ...ratio(devWarm, stockWarm, 1)],
    ['npm run dev until slide 1, cold ÷ stock Slidev\'s dev server', ...ratio(devCold, stockCold, 1)],
    ['npm start with a current build until slide 1 ÷ stock Slidev\'s dev server (warm)', ...ratio(started, stockWarm, 0.2)],
    ['first slide, gzip', `${formatBytes(first.gzip)} (${first.requests} requests, ${formatBytes(first.raw)} raw)`, '≤ 180 KB', verdict(first.gzip <= 180 * 1024)],
    [`npm test CPU (user + system) ÷ the suite at ${against ?? 'REV'}, fresh clones`, testRatio === undefined ? 'not run (--test-against REV)' : `${testRatio.toFixed(2)}× (${median(testCpuSamples!.HEAD).toFixed(0)} s ÷ ${median(testCpuSamples![against!]).toFixed(0)} s)`, `≤ ${testBudget.toFixed(2)}×`, testRatio === undefined ? '-' : verdict(testRatio <= testBudget)],
  ]))
  console.log('\nShare mode: the presenter\'s move to each follower (npm start -- --share, followers as WebSocket clients)\n')
  console.log(fanoutTable(fanout))
  printOtherFigures({ taggedAfresh: medians['this deck: export from cached build, tagged afresh'], marp, refreshes, pdfBytes, distBytes })
}

function printOtherFigures({ taggedAfresh, marp, refreshes, pdfBytes, distBytes }: { taggedAfresh: number, marp: number, refreshes: number[], pdfBytes: number, distBytes: number }) {
  const refresh = median(refreshes)
  console.log('\nOther figures\n')
  console.log(table(['measure', 'value'], [
    ['PDF again, its tagging not taken from the finish cache (DECK_PDF_FINISH_CACHE=0)', `${taggedAfresh.toFixed(2)} s (${(taggedAfresh / marp).toFixed(2)}× marp-cli)`],
    ['live export: new PDF after a one-line edit', `${refresh.toFixed(2)} s (${(refresh / marp).toFixed(2)}× marp-cli; runs ${refreshes.map(t => t.toFixed(2)).join(' / ')})`],
    ['PDF size', `${formatBytes(pdfBytes)} (${formatBytes(pdfBytes / slideCount)} per page)`],
    ['static build dist/, total', formatBytes(distBytes)],
    ['machine', `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}`],
    ['browser', execFileSync(browserPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()],
    ['load average (1 / 5 / 15 min) at the end', loadavg().map(load => load.toFixed(1)).join(' / ')],
  ]))
}

const run = args.includes('--breakdown') ? () => breakdown(args) : args.includes('--handout-only') ? handoutOnly : main
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
