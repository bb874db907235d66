/** Middle value of a sample (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${(bytes / 1024 / 1024).toFixed(2)} MB`
  return `${(bytes / 1024).toFixed(1)} KB`
}

export interface BudgetRow {
  name: string
  value: string
  budget?: string
  /** undefined where a row has no budget. */
  ok?: boolean
}

/** A plain-text table, columns padded to their widest cell (CJK counted double). */
export function table(headers: string[], rows: string[][]): string {
  const width = (text: string) => [...text].reduce((sum, char) => sum + (/[\u3000-\u9FFF\uFF00-\uFFEF]/.test(char) ? 2 : 1), 0)
  const widths = headers.map((header, column) => Math.max(width(header), ...rows.map(row => width(row[column] ?? ''))))
  const line = (cells: string[]) => cells.map((cell, column) => cell + ' '.repeat(widths[column] - width(cell))).join('  ').trimEnd()
  return [line(headers), line(widths.map(w => '-'.repeat(w))), ...rows.map(line)].join('\n')
}

/** Runs each command `repetitions` times, alternating them, so drift in the machine's load hits all alike. */
export async function alternate<K extends string>(commands: Record<K, () => Promise<number>>, repetitions: number, onRun?: (name: K, round: number, seconds: number) => void): Promise<Record<K, number[]>> {
  const names = Object.keys(commands) as K[]
  const samples = Object.fromEntries(names.map(name => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 1; round <= repetitions; round++) {
    for (const name of names) {
      const seconds = await commands[name]()
      samples[name].push(seconds)
      onRun?.(name, round, seconds)
    }
  }
  return samples
}

/**
 * The CPU time (user + system, seconds) of a process's finished children,
 * from a line of Linux's /proc/self/stat: its 16th and 17th fields
 * (cutime, cstime) in clock ticks. A child's time is added when it is waited
 * for, so the difference across a command is that command's CPU.
 */
export function childCpuSeconds(statLine: string, ticksPerSecond = 100): number {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).trim().split(/\s+/)
  // fields[0] is the 3rd field (state): cutime and cstime are the 16th and 17th.
  return (Number(fields[13]) + Number(fields[14])) / ticksPerSecond
}
