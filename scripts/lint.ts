import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import type { RunningTotalFix } from './lint/index'
import { ALL_EDITIONS, editionLangOf } from './edition/index'
import { DeckReadError, fixRunningTotals, formatProblem, lintDeck, NO_ARTICLE, readArticle, runningTotalFixes } from './lint/index'

/**
 * `npm run lint [-- FILE…] [--fix]`: checks deck files (slides.md and its
 * editions, slides.en.md, by default) without a browser and prints one `FILE:LINE:COL message (rule)` line per
 * problem. Exit 0: no problem; 1: problems; 2: the file cannot be checked.
 * `--fix` first rewrites the running totals (累计) of the timing cues and
 * prints one `FILE:LINE:COL` line for each total it rewrote.
 */
export function runLint(args: readonly string[], cwd = process.cwd()): { code: number, out: string[], err: string[] } {
  const fix = args.includes('--fix')
  const unknown = args.filter(arg => arg.startsWith('-') && arg !== '--fix')
  const named = args.filter(arg => !arg.startsWith('-'))
  if (unknown.length > 0)
    return { code: 2, out: [], err: [`lint: 用法：npm run lint [-- 文件…] [--fix]（不认识 ${unknown.join(' ')}）`] }
  // Without a file named: slides.md and every edition of it that exists (slides.en.md).
  const files = named.length > 0
    ? named
    : ALL_EDITIONS.map(edition => edition.file).filter((file, index) => index === 0 || existsSync(resolve(cwd, file)))
  const results = files.map(file => lintFile(file, fix, cwd))
  const article = readArticle()
  return {
    code: Math.max(...results.map(result => result.code)),
    out: results.flatMap(result => result.out),
    err: [...results.flatMap(result => result.err), ...article === undefined ? [`lint: ${NO_ARTICLE}`] : []],
  }
}

function lintFile(file: string, fix: boolean, cwd: string): { code: number, out: string[], err: string[] } {
  const path = resolve(cwd, file)
  const shown = relative(cwd, path) || path
  const english = editionLangOf(path) === 'en'
  if (!existsSync(path))
    return { code: 2, out: [], err: [english ? `lint: no such file: ${shown}` : `lint: 找不到文件 ${shown}`] }
  try {
    let markdown = readFileSync(path, 'utf8')
    const fixes: RunningTotalFix[] = fix ? runningTotalFixes(markdown, shown) : []
    if (fixes.length > 0) {
      markdown = fixRunningTotals(markdown, shown)
      writeFileSync(path, markdown)
    }
    const problems = lintDeck(markdown, path, readArticle())
    const fixed = fixes.map(({ line, column, from, to }) => `${shown}:${line}:${column} ${english ? `rewrote the running total ${from} → ${to}` : `已改写：累计 ${from} → ${to}`} (timing --fix)`)
    return { code: problems.length > 0 ? 1 : 0, out: [...fixed, ...problems.map(problem => formatProblem(shown, problem))], err: [] }
  }
  catch (error) {
    if (error instanceof DeckReadError)
      return { code: 2, out: [], err: [`lint: ${error.message}`] }
    return { code: 2, out: [], err: [`lint: ${(error as Error).message.split('\n')[0]}`] }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { code, out, err } = runLint(process.argv.slice(2))
  for (const line of out)
    console.log(line)
  for (const line of err)
    console.error(line)
  process.exitCode = code
}
