import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, LinearScale } from 'chart.js'

/** Only the Chart.js parts the deck draws: bars and doughnuts on category and linear scales. */
Chart.register(BarController, DoughnutController, BarElement, ArcElement, CategoryScale, LinearScale)

export { Chart }
