import { relative, resolve } from 'node:path'
import { PROJECT_ROOT } from './project/index'
import { formatRehearsalReport, latestRehearsalFile, loadRehearsal } from './rehearsal/index'

/** `npm run rehearsal [-- FILE]`: the latest rehearsal (or FILE, relative to where npm was run) against the talk plan. */
const [file] = process.argv.slice(2)
try {
  const path = file ? resolve(process.env.INIT_CWD ?? process.cwd(), file) : latestRehearsalFile(resolve(PROJECT_ROOT, 'rehearsals'))
  const shown = relative(PROJECT_ROOT, path)
  console.log(formatRehearsalReport(loadRehearsal(path), shown.startsWith('..') ? path : shown))
}
catch (error) {
  console.error(`rehearsal: ${(error as Error).message}`)
  process.exit(1)
}
