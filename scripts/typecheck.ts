import { spawnSync } from 'node:child_process'

/**
 * Runs vue-tsc over the project. Slidev's client ships TypeScript source, so
 * the compiler also checks Slidev's own files; errors there are counted and
 * shown, but only errors in this project's files fail the check.
 */
const run = spawnSync('npx', ['vue-tsc', '--noEmit', '-p', 'tsconfig.json', '--pretty', 'false'], { encoding: 'utf8' })
const lines = `${run.stdout}${run.stderr}`.split('\n').filter(line => /error TS\d+/.test(line))
const ours = lines.filter(line => !line.startsWith('node_modules/'))
const theirs = lines.length - ours.length

if (theirs > 0)
  console.log(`typecheck: ${theirs} error(s) inside Slidev's own source in node_modules, not ours; ignored.`)
if (ours.length > 0) {
  console.error(ours.join('\n'))
  console.error(`typecheck: ${ours.length} error(s) in the project.`)
  process.exit(1)
}
if (run.status !== 0 && lines.length === 0) {
  console.error(run.stdout, run.stderr)
  process.exit(run.status ?? 1)
}
console.log('typecheck: no errors in the project.')
