import type { ChartSpec } from '../../components/charts/chartSpec'

/** A bar chart with one derived value, as the unit tests of the chart mappings use it. */
export const sampleBar: ChartSpec = {
  kind: 'bar',
  caption: '一季度投资事件数',
  labels: ['2022 年一季度', '2023 年一季度'],
  series: {
    name: '投资事件数',
    measure: 'count',
    unit: '起',
    source: 'IT 桔子',
    values: [1636, 1026],
    derived: [{ label: '2022 年一季度', how: '1026 ÷ (1 − 37.29%)' }],
  },
}

/** A doughnut of shares adding up to 100 %. */
export const sampleDoughnut: ChartSpec = {
  kind: 'doughnut',
  caption: '募资额分布',
  labels: ['不足 1 亿美元', '1 亿至 5 亿美元', '5 亿美元及以上'],
  series: { name: '占比', measure: 'share', unit: '%', source: 'IT 桔子', values: [60, 37, 3] },
}
