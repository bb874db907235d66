// @ts-check
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/**
 * Mutation testing (`npm run test:mutation`): StrykerJS plants one small bug
 * at a time in the modules that hold the deck's rules and runs the unit tests
 * that cover it; a bug no test notices is a hole in the tests. The score, the
 * equivalent mutants and how to run one module are in docs/testing.md.
 *
 * What it keeps stays out of the tracked files, under reports/mutation/
 * (gitignored): the HTML report and the incremental file (a second run
 * re-tests only the mutants whose code or tests changed). The sandboxes, the
 * copies of the project each mutant runs in, go to the system's temporary
 * folder, one per run: in the project they would be seen by a dev server's
 * file watcher.
 */

const ROOT = import.meta.dirname
// One folder per run, so two runs at once never remove each other's sandboxes;
// a process Stryker starts that reads this file again takes its run's folder from the environment.
const ownsSandboxes = !process.env.DECK_MUTATION_SANDBOXES
const SANDBOXES = process.env.DECK_MUTATION_SANDBOXES ??= mkdtempSync(join(tmpdir(), 'deck-mutation-'))
if (ownsSandboxes) {
  // The lint reads the article beside the project (../shared/source): a sandbox finds it beside itself.
  const BESIDE = join(dirname(ROOT), 'shared')
  if (existsSync(BESIDE))
    symlinkSync(BESIDE, join(SANDBOXES, 'shared'))
  // Stryker removes the sandboxes but not their folder (the link keeps it from being empty): the run that made it
  // removes it when it ends (the link only, never what it points to).
  process.once('exit', () => rmSync(SANDBOXES, { recursive: true, force: true }))
}

/** The modules that hold the deck's rules. The lint is taken whole, so a new rule file is in the score from its first commit. */
export const MUTATED = [
  'scripts/lint/**/*.ts',
  'scripts/edition/mergeEdition.ts',
  'scripts/edition/slidePairing.ts',
  'components/charts/chartSpec.ts',
  'components/figures/figureSpec.ts',
  'components/pacing/pace.ts',
  'components/pacing/talkPlan.ts',
  'components/pacing/speakingRate.ts',
  'components/text/wordBreaks.ts',
  'scripts/rehearsal/rehearsalEndpoint.ts',
  'scripts/project/staticServer.ts',
  'scripts/export/pdf/pdfMetadata.ts',
  'scripts/export/pdf/structureTree.ts',
  'scripts/export/pptx/pptxMapping.ts',
  'scripts/share/controlAccess.ts',
  // Re-exports only: nothing to mutate.
  '!scripts/**/index.ts',
]

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts', related: true },
  // Each mutant runs only the tests that reached its code.
  coverageAnalysis: 'perTest',
  mutate: MUTATED,
  // No type checker: it made a run three times slower here (docs/testing.md); a mutant that would not compile runs
  // like any other (Stryker turns type checks off in the sandbox) and counts as killed only if a test fails.
  // Two cores, shared with other work: one test process.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: SANDBOXES,
  cleanTempDir: 'always',
  // The sandbox is a copy of the project: none of the builds, exports, rehearsals or caches.
  ignorePatterns: ['dist', 'exports', 'rehearsals', 'reports', 'test-results', 'playwright-report', '.scratch', '.slidev'],
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
}
