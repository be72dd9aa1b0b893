import { describe, expect, it } from 'vitest';
import { chartTheme, convertChartText, loadChart, SERIES_COLOURS, type ChartConfig } from '~/widgets/shared/chart';
import { toHantRuntime } from '~/i18n/hant-runtime';

const config: ChartConfig = {
  type: 'bar',
  data: { labels: ['重要价值客户', '一般发展客户'], datasets: [{ label: '客户占比 %', data: [1, 2] }] },
  options: { scales: { x: { title: { display: true, text: '客户数' } } }, plugins: { title: { display: true, text: '客户分类' } } },
};

describe('convertChartText', () => {
  it('converts every label a reader sees and nothing else', () => {
    const out = convertChartText(Object.freeze(config), (s) => `[${s}]`);
    expect(out.data.labels).toEqual(['[重要价值客户]', '[一般发展客户]']);
    expect(out.data.datasets[0]!.label).toBe('[客户占比 %]');
    expect(out.data.datasets[0]!.data).toEqual([1, 2]);
    expect((out.options as { scales: { x: { title: { text: string } } } }).scales.x.title.text).toBe('[客户数]');
    expect((out.options as { plugins: { title: { text: string } } }).plugins.title.text).toBe('[客户分类]');
    expect(config.data.labels).toEqual(['重要价值客户', '一般发展客户']); // the input is left alone
  });

  it('converts the names of labelled points (IPA dots) and keeps their positions', () => {
    const scatter = { type: 'line', data: { datasets: [{ label: '项目', data: [{ x: 3.1, y: 4.2, name: '生鲜品质' }] }] } } as unknown as ChartConfig;
    const out = convertChartText(scatter, (s) => `[${s}]`);
    expect(out.data.datasets[0]!.data).toEqual([{ x: 3.1, y: 4.2, name: '[生鲜品质]' }]);
  });

  it('gives Traditional Chinese labels with the site’s table', () => {
    const out = convertChartText(config, toHantRuntime);
    expect(out.data.labels).toEqual(['重要價值客戶', '一般發展客戶']);
  });
});

describe('chart helpers', () => {
  it('uses larger, darker type in projector mode', () => {
    expect(chartTheme(true).fontSize).toBeGreaterThan(chartTheme(false).fontSize);
    expect(chartTheme(true).ink).toBe('#000000');
  });

  it('follows the page’s type: 13 px at a 16 px root, the root size itself in projector mode (28 px at 1920 × 1080)', () => {
    expect(chartTheme(false, 16).fontSize).toBe(13);
    expect(chartTheme(false, 20).fontSize).toBe(16);
    expect(chartTheme(true, 24).fontSize).toBe(24);
    expect(chartTheme(true, 28.03).fontSize).toBe(28);
  });

  it('offers eight distinct series colours', () => {
    expect(new Set(SERIES_COLOURS).size).toBe(8);
  });

  it('loads chart.js once, with the bar and line controllers registered', async () => {
    const Chart = await loadChart();
    expect(await loadChart()).toBe(Chart);
    expect(Chart.registry.getController('bar')).toBeTruthy();
    expect(Chart.registry.getController('line')).toBeTruthy();
    expect(() => Chart.registry.getController('pie')).toThrow();
  });
});
