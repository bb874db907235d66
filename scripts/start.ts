import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { REHEARSAL_ENDPOINT } from '../components/pacing/rehearsalEndpointPath'
import { DECK_WORDS } from '../components/deck/deckWords'
import { handoutFileName, LINKED_HANDOUT_PER_PAGE } from '../components/deck/downloads'
import { ALL_EDITIONS, editionFileName, editionFileOf, SOURCE_LANG } from './edition/index'
import { ensureBuild } from './export/index'
import { endpointOnDemand, PROJECT_ROOT, readDeckInfo, startStaticServer, scriptCommand } from './project/index'

/**
 * `npm start [-- --port N] [--no-pdf]`: present the deck from its last build.
 * The build in dist/ is served as it is when the deck's sources (slides.md,
 * layouts, components, styles, setup, public, the lockfile…) hash to what
 * it was built from; otherwise it is built first. Served on localhost only,
 * with the rehearsal endpoint the dev server has (a finished rehearsal is
 * saved to rehearsals/, with the same checks). After a fresh build the PDF
 * and the 3-up handout that the deck offers for download are printed into dist/ in the background,
 * unless `--no-pdf`. Also `--entry deck.md`, `--dist folder` and
 * `--rehearsals folder` (the tests' scratch copies).
 *
 * `--share` serves the deck on the machine's LAN address as well, for the
 * room to follow the talk (scripts/share/); `--share-address A` picks that
 * address. Without it nothing else listens.
 */

const args = process.argv.slice(2)
function option(name: string, fallback: string): string {
  const at = args.indexOf(name)
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback
}
const port = Number(option('--port', '3030'))
const entry = resolve(option('--entry', join(PROJECT_ROOT, 'slides.md')))
const dist = resolve(option('--dist', join(PROJECT_ROOT, 'dist')))
const rehearsals = resolve(option('--rehearsals', join(PROJECT_ROOT, 'rehearsals')))
const withPdf = !args.includes('--no-pdf')
const share = args.includes('--share') || args.includes('--share-address')

function say(message: string) {
  console.log(`[start] ${message}`)
}

/** Each edition of the deck that exists (slides.md, slides.en.md…), with where its build goes: dist/, dist/en/. */
const editions = ALL_EDITIONS.map(edition => ({
  lang: edition.lang,
  entry: editionFileOf(entry, edition.lang),
  dir: edition.lang === SOURCE_LANG ? dist : join(dist, edition.lang),
  base: edition.base,
  pdf: editionFileName('slides.pdf', edition.lang),
  /** The handout the deck links beside the PDF, printed with it. */
  handout: handoutFileName(LINKED_HANDOUT_PER_PAGE, edition.lang),
})).filter(edition => existsSync(edition.entry))

/** Prints the editions' PDFs and handouts into their builds (the pages' download links) in a child process, so the deck is served meanwhile. */
function printPdfsInto(missing: typeof editions): ChildProcess {
  say('正在后台生成 PDF（页面上的下载链接）/ printing the PDFs for the download links in the background…')
  const langs = missing.length === 1 ? missing[0].lang : 'all'
  const child = spawn(...scriptCommand('export', ['build-pdf', '--lang', langs, '--entry', entry, '--dist', dist]), { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] })
  let errors = ''
  child.stderr!.on('data', (chunk) => { errors += chunk })
  child.on('exit', code => say(code === 0 ? `PDF 已生成 / PDFs written: ${missing.flatMap(edition => [edition.pdf, edition.handout].map(file => relative(PROJECT_ROOT, join(edition.dir, file)))).join(', ')}` : `PDF 未能生成 / the PDF failed:\n${errors.trim()}`))
  return child
}

/**
 * The rehearsal endpoint (the dev server's, with its checks), its code loaded
 * with the first record: the record's schema library takes about a fifth of a
 * second to load, before the deck is served.
 */
const rehearsalEndpointOnDemand = () => endpointOnDemand(() => import('./rehearsal/index').then(({ readTalkPlans, rehearsalEndpoint }) => rehearsalEndpoint({ folder: rehearsals, readPlans: () => readTalkPlans(entry) })))

/** The share mode's parts (its code loaded only with `--share`), or a one-line reason why the machine cannot share. */
async function shareSession() {
  const { chooseShareAddress, startShareSession } = await import('./share/index')
  const choice = chooseShareAddress(args.includes('--share-address') ? option('--share-address', '') : undefined)
  if (!choice.ok)
    throw new Error(`--share: ${choice.message}`)
  return startShareSession({
    address: choice.address,
    editions: editions.map(edition => ({ lang: edition.lang, base: edition.base })),
    lastSlide: readDeckInfo(entry).slides.length,
    stateFile: join(rehearsals, 'live', 'position.json'),
    log: line => console.log(line),
  })
}

async function main() {
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port 应为 0–65535 的整数 / --port takes a whole number 0–65535: ${option('--port', '')}`)
  const shared = share ? await shareSession() : undefined
  // The source edition first: its build empties dist/, and with it a translation's build inside.
  for (const edition of editions) {
    say(`检查构建 / checking the build of ${relative(PROJECT_ROOT, edition.entry)}…`)
    const build = await ensureBuild({ dir: edition.dir, base: edition.base, entry: edition.entry })
    say(build.reused ? `源文件未变，直接使用上次的构建 / sources unchanged: serving the last build in ${relative(PROJECT_ROOT, edition.dir)}` : `已重新构建 / built in ${build.seconds.toFixed(1)} s`)
  }
  const server = await startStaticServer(dist, {
    port,
    endpoints: { [REHEARSAL_ENDPOINT]: rehearsalEndpointOnDemand(), ...shared?.endpoints },
    hosts: shared?.hosts,
    upgrade: shared?.upgrade,
    transformHtml: shared?.transformHtml,
  }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRNOTAVAIL')
      throw new Error(`--share: ${error.message.replace(/^listen /, '')}: 本机没有这个地址 / this machine has no such address`)
    throw error.code === 'EADDRINUSE' ? new Error(`端口 ${port} 已被占用：换一个，npm start -- --port 3031 / port ${port} is in use: pick another with -- --port`) : error
  })
  const missingPdfs = editions.filter(edition => [edition.pdf, edition.handout].some(file => !existsSync(join(edition.dir, file))))
  const pdf = withPdf && missingPdfs.length > 0 ? printPdfsInto(missingPdfs) : undefined
  say(`serving ${server.url}`)
  console.log([
    `  观众视图 / audience     ${server.url}1`,
    `  演讲者视图 / presenter  ${server.url}presenter/1`,
    `  总览 / overview         ${server.url}overview`,
    `  阅读视图 / reading view ${server.url}1?view=read`,
    ...editions.filter(edition => edition.lang !== SOURCE_LANG).map(edition => `  ${DECK_WORDS[edition.lang].languageName} / ${edition.lang}           ${server.url}${edition.base.slice(1)}1`),
    '  Ctrl-C 停止 / to stop',
  ].join('\n'))
  if (shared)
    console.log(await shared.announce(server))
  const stop = async () => {
    pdf?.kill('SIGINT')
    await shared?.close()
    await server.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: Error) => {
  console.error(`start: ${error.message.split('\n')[0]}`)
  process.exitCode = 1
})
