import { describe, expect, it } from 'vitest'
import { alternate, childCpuSeconds, formatBytes, median, table } from '../../scripts/bench/benchStats'

describe('median', () => {
  it('takes the middle of an odd sample and the mean of the middle two of an even one', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow('median of no values')
  })
})

describe('formatBytes', () => {
  it('uses KB below a megabyte and MB above', () => {
    expect(formatBytes(2048)).toBe('2.0 KB')
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.00 MB')
  })
})

describe('table', () => {
  it('pads columns, counting Chinese characters as two columns wide', () => {
    expect(table(['项', 'b'], [['导出', '1'], ['x', '22']])).toBe('项    b\n----  --\n导出  1\nx     22')
  })
})

describe('alternate', () => {
  it('interleaves the commands round by round', async () => {
    const order: string[] = []
    const samples = await alternate({
      a: async () => { order.push('a'); return 1 },
      b: async () => { order.push('b'); return 2 },
    }, 3)
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b'])
    expect(samples).toEqual({ a: [1, 1, 1], b: [2, 2, 2] })
  })
})

describe('childCpuSeconds', () => {
  it('reads the finished children\'s user and system time from /proc/self/stat, a name with spaces and parentheses included', () => {
    const line = '4242 (node (bench) x) S 1 4242 4242 0 -1 4194304 100 200 0 0 150 30 2540 410 20 0 11 0 100 0 0'
    expect(childCpuSeconds(line)).toBeCloseTo(29.5)
    expect(childCpuSeconds(line, 1000)).toBeCloseTo(2.95)
  })
})
