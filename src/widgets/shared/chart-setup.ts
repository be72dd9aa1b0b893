// Loaded only through `loadChart()` in chart.ts: chart.js with the pieces CRM Lab's charts use registered
// (bar and line charts, category and linear axes, legend, tooltip, area fill). Importing the named pieces
// lets the bundler leave the rest of chart.js out. Add a piece here when a widget needs one.
import {
  BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, Filler);

export { Chart };
