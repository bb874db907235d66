/** The talk's time: timing cues and their running totals (and `--fix`), the `duration:`, and notes that can be said in their time. */
export { durationProblems, durationSeconds, fixRunningTotals, runningTotalFixes, timingProblems } from './timingRule'
export type { RunningTotalFix } from './timingRule'
export { scriptProblems, speakingProblems } from './speakingRule'
