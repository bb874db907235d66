import type { ChildProcess } from 'node:child_process'
import type { CpuProfile } from './cpuProfile'
import { execFileSync, spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { launchOptions } from '../browser/index'
import { freePort, PROJECT_ROOT, scriptCommand } from '../project/index'
import { table } from './benchStats'
import { cpuByGroup } from './cpuProfile'
import { openFirstSlide } from './firstSlide'

/**
 * `npm run bench -- --breakdown [--cpu-prof FOLDER]`: where the time goes,
 * once each, in three tables:
 * - a build (`slidev build`, fresh output): Slidev's and Vite's start, the
 *   deck's own plugins and Markdown rules (DECK_TIMINGS, scripts/build/timings.ts),
 *   and the process's CPU by what it does (Vite and Rolldown, the Vue
 *   compile, UnoCSS, Slidev, the deck's code…), read from a CPU profile;
 * - the dev server's first page: time to slide 1's title, the page's
 *   requests, and the deck's plugins' time serving them;
 * - an export (PDF and PPTX from the current build), step by step.
 * With --cpu-prof, the build's and the export's CPU profiles are kept in FOLDER
 * (open them in Chrome's DevTools, Performance panel).
 */

const bin = (name: string) => join(PROJECT_ROOT, 'node_modules/.bin', name)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function log(message: string) {
  console.log(`[breakdown] ${message}`)
}

function stepRows(timings: Record<string, { ms: number, calls: number }>): string[][] {
  return Object.entries(timings).map(([name, { ms, calls }]) => [name, seconds(ms), String(calls)])
}

function build(work: string, profiles: string): void {
  log('build: slidev build into a fresh folder, with timings and a CPU profile…')
  const timings = join(work, 'build-timings.json')
  const started = performance.now()
  execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, join(PROJECT_ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs'), 'build', '--out', join(work, 'dist')], { cwd: PROJECT_ROOT, stdio: 'pipe', env: { ...process.env, DECK_TIMINGS: timings } })
  const wall = performance.now() - started
  const profile = JSON.parse(readFileSync(join(profiles, readdirSync(profiles).find(name => name.endsWith('.cpuprofile'))!), 'utf8')) as CpuProfile
  const groups = cpuByGroup(profile, PROJECT_ROOT)
  const cpu = groups.reduce((sum, { ms }) => sum + ms, 0)
  console.log(`\nBuild: ${seconds(wall)} wall, ${seconds(cpu)} CPU on the main thread\n`)
  console.log(table(['step (wall time inside it)', 'time', 'calls'], stepRows(JSON.parse(readFileSync(timings, 'utf8')))))
  console.log('\nBuild CPU by what it does (self time, from the CPU profile)\n')
  console.log(table(['what', 'CPU', 'share'], groups.filter(({ ms }) => ms >= 10).map(({ group, ms }) => [group, seconds(ms), `${(100 * ms / cpu).toFixed(0)} %`])))
}

async function devServerFirstPage(work: string): Promise<void> {
  log('dev server: cold start until slide 1 shows its title…')
  rmSync(join(PROJECT_ROOT, 'node_modules/.vite'), { recursive: true, force: true })
  const port = await freePort()
  const started = performance.now()
  const server: ChildProcess = spawn(bin('slidev'), ['--port', String(port), '--open', 'false'], { cwd: PROJECT_ROOT, stdio: 'ignore', detached: true, env: { ...process.env, DECK_TIMINGS: join(work, 'dev-timings.json') } })
  const browser = await chromium.launch(launchOptions())
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const requests: string[] = []
    page.on('request', request => requests.push(request.url()))
    const { answered: listening, shown } = await openFirstSlide(page, `http://localhost:${port}/`)
    const timings = await (await fetch(`http://localhost:${port}/__deck-timings`)).json() as Record<string, { ms: number, calls: number }>
    const local = requests.filter(url => url.startsWith(`http://localhost:${port}/`))
    console.log(`\nDev server: slide 1's title after ${seconds(shown - started)} (the server answered after ${seconds(listening - started)}), ${local.length} requests, ${local.filter(url => /\/@id\/|node_modules/.test(url)).length} of them for dependencies\n`)
    console.log(table(['step (wall time inside it)', 'time', 'calls'], stepRows(timings)))
  }
  finally {
    await browser.close()
    process.kill(-server.pid!)
  }
}

function exportSteps(work: string, profiles: string): void {
  log('export: PDF and PPTX from the current build…')
  const started = performance.now()
  const output = execFileSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', join(profiles, 'export'), ...scriptCommand('export', ['pdf', 'pptx', '--out', join(work, 'out')])[1]], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  const wall = performance.now() - started
  const steps = [...output.matchAll(/^\[export ([\d.]+)s\] (.+)$/gm)].map(match => ({ at: Number(match[1]), what: match[2] }))
  console.log(`\nExport (PDF and PPTX, build reused): ${seconds(wall)} wall; each step ends at\n`)
  console.log(table(['at', 'since the step before', 'step'], steps.map((step, index) => [`${step.at.toFixed(1)} s`, `${(step.at - (steps[index - 1]?.at ?? 0)).toFixed(1)} s`, step.what])))
}

export async function breakdown(args: readonly string[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'deck-breakdown-'))
  const keep = args.includes('--cpu-prof') ? args[args.indexOf('--cpu-prof') + 1] : undefined
  const profiles = join(work, 'profiles')
  mkdirSync(profiles)
  try {
    build(work, profiles)
    await devServerFirstPage(work)
    exportSteps(work, profiles)
    if (keep) {
      mkdirSync(keep, { recursive: true })
      for (const [folder, name] of [[profiles, 'build'], [join(profiles, 'export'), 'export']]) {
        const file = readdirSync(folder).find(entry => entry.endsWith('.cpuprofile'))
        if (file)
          copyFileSync(join(folder, file), join(keep, `${name}.cpuprofile`))
      }
      log(`CPU profiles kept: ${keep}/build.cpuprofile, ${keep}/export.cpuprofile`)
    }
  }
  finally {
    rmSync(work, { recursive: true, force: true })
  }
}
