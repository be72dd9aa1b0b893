import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart as ChartJs } from 'chart.js';
import { chartTheme, convertChartText, loadChart, type ChartConfig, type ChartConstructor } from './chart';
import { inChartTurn } from './chart-turns';
import { pageScript } from '../../i18n/locale';
import { pageText } from '../../i18n/page-conversion';
import { useTeacherMode } from './teacher';
import { ScrollBox } from './ScrollBox';
import './chart.css';

/** The numbers behind a chart, as a table for readers who cannot see it (and anyone who wants the figures). */
export interface ChartTable {
  readonly caption: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

interface Props {
  /** A chart.js configuration, made by the widget's pure charts.ts. */
  config: ChartConfig;
  /** One or two sentences saying what the chart shows: read by screen readers (canvas role="img"). */
  label: string;
  table: ChartTable;
  /** CSS height of the drawing area (default 16rem; grows with the page's type in projector mode). */
  height?: string;
  /** Show the data table open at first. */
  tableOpen?: boolean;
  /** A legend in HTML under the drawing (it wraps on a narrow screen, where chart.js's own legend may not fit). */
  legend?: ComponentChildren;
}

/**
 * A chart drawn with lazily loaded chart.js, with a text alternative: `<canvas role="img" aria-label>` plus a
 * data table behind a disclosure. Labels are converted on Traditional Chinese pages; type is larger in
 * projector mode; animation is off so the chart follows the controls at once. If chart.js cannot load or draw,
 * the table is shown instead and the page goes on working.
 */
export function ChartCanvas({ config, label, table, height = '16rem', tableOpen = false, legend }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartJs | null>(null);
  const [failed, setFailed] = useState(false);
  const { projector } = useTeacherMode();

  useEffect(() => {
    let live = true;
    let cancel = () => {};
    const fail = (error: unknown) => {
      console.warn('[chart]', error);
      if (live) setFailed(true);
    };
    const draw = (Chart: ChartConstructor) => {
      if (!live || !canvas.current) return;
      if (!chart.current && !canvas.current.getContext?.('2d')) throw new Error('canvas 2d context unavailable');
      applyTheme(Chart, projector);
      const prepared = prepare(config);
      if (chart.current) {
        chart.current.data = prepared.data as never;
        chart.current.options = prepared.options as never;
        chart.current.update('none');
      } else {
        chart.current = new Chart(canvas.current, prepared as never);
      }
    };
    loadChart()
      .then((Chart) => {
        // Each chart in a task of its own (chart-turns.ts): several charts at once never block the page long.
        if (live) cancel = inChartTurn(() => {
          try {
            draw(Chart);
          } catch (error) {
            fail(error);
          }
        });
      })
      .catch(fail);
    return () => {
      live = false;
      cancel();
    };
  }, [config, projector]);

  useEffect(() => () => {
    chart.current?.destroy();
    chart.current = null;
  }, []);

  return (
    <figure class="chart-figure">
      <div class="chart-box" style={{ height }} hidden={failed}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
      {!failed && legend}
      {failed && <p class="chart-failed">图表暂时无法显示，下面的数据表给出同样的数字。</p>}
      <details class="chart-table" open={tableOpen || failed}>
        <summary>查看数据表</summary>
        <ScrollBox label={table.caption}>
          <table>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c) => (
                  <th scope="col" key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th scope="row" key={j}>{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      </details>
    </figure>
  );
}

function prepare(config: ChartConfig): ChartConfig {
  const converted = pageScript() === 'hant' ? convertChartText(config, pageText) : config;
  return {
    ...converted,
    options: { responsive: true, maintainAspectRatio: false, animation: false, ...(converted.options as object) },
  } as ChartConfig;
}

/** Page-wide chart type: every chart on a page follows projector mode together. */
function applyTheme(Chart: ChartConstructor, projector: boolean): void {
  const theme = chartTheme(projector, parseFloat(getComputedStyle(document.documentElement).fontSize));
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = theme.ink;
  Chart.defaults.borderColor = theme.grid;
}
