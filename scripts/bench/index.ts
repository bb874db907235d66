/** The bench's statistics (medians, alternating runs, tables), its long deck and where a CPU profile's time went. */
export { alternate, childCpuSeconds, formatBytes, median, table } from './benchStats'
export type { BudgetRow } from './benchStats'
export { repeatDeck } from './longDeck'
export { breakdown } from './breakdown'
export { cpuByGroup, cpuGroup } from './cpuProfile'
export { openFirstSlide } from './firstSlide'
export type { CpuProfile } from './cpuProfile'
