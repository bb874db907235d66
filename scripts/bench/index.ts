/** The bench's statistics: medians, alternating runs, tables. */
export { alternate, formatBytes, median, table } from './benchStats'
export type { BudgetRow } from './benchStats'
