/** The bench's statistics (medians, alternating runs, tables) and its long deck. */
export { alternate, formatBytes, median, table } from './benchStats'
export type { BudgetRow } from './benchStats'
export { repeatDeck } from './longDeck'
