import { describe, expect, it } from 'vitest';
import { erlangCAroundRequired, staffIntervals } from '~/engine/technology/erlang-c';
import { agentsChart, dayChart, slotStart } from '~/widgets/erlang-c-staffing/charts';

describe('agentsChart', () => {
  it('draws the chapter’s rows: service level line, target line, ASA bars, and says where the target is reached', () => {
    const { rows, result } = erlangCAroundRequired({ calls: 100, interval: 1800, aht: 180, target: 20 });
    const chart = agentsChart(rows, 0.8, result.requiredAgents);
    expect(chart.config.data.labels).toEqual(['11 人', '12 人', '13 人', '14 人', '15 人', '16 人']);
    const [sl, target, asa] = chart.config.data.datasets;
    // The chapter's table: 39.0, 64.0, 79.6, 88.8, 94.1, 97.1 % and 122.8, 40.4, 17.1, 7.8, 3.7, 1.7 s.
    expect(sl!.data).toEqual([39, 64, 79.6, 88.8, 94.1, 97.1]);
    expect(target!.data).toEqual([80, 80, 80, 80, 80, 80]);
    expect(asa!.data).toEqual([122.8, 40.4, 17.1, 7.8, 3.7, 1.7]);
    expect(chart.label).toContain('13 个座席时服务水平 79.6%，未达到 80%；14 个座席时 88.8%，平均应答速度 7.8 秒，达到目标');
    expect(chart.table.rows[0]).toEqual(['11 人', '39.0%', '122.8 秒']);
  });

  it('leaves out the bar of a staffing that cannot settle and says so in the table', () => {
    const { rows, result } = erlangCAroundRequired({ calls: 10, interval: 1800, aht: 180, target: 20 }, { below: 3 });
    const chart = agentsChart(rows, 0.8, result.requiredAgents);
    expect(chart.config.data.datasets[2]!.data[0]).toBeNull(); // 1 agent for A = 1
    expect(chart.table.rows[0]).toEqual(['1 人', '0.0%', '无法稳定（越排越长）']);
  });
});

describe('dayChart', () => {
  it('marks the peak in its axis label and describes it', () => {
    const plan = staffIntervals([{ slot: '09:30-10:00', calls: 0, aht: 0 }, { slot: '10:00-10:30', calls: 200, aht: 180 }, { slot: '10:30-11:00', calls: 100, aht: 180 }], { interval: 1800, target: 20, sl: 0.8, shrinkage: 0.3 });
    const chart = dayChart(plan, '某一天');
    expect(chart.config.data.labels).toEqual(['09:30', '10:00（高峰）', '10:30']);
    expect(chart.config.data.datasets[0]!.data).toEqual([0, 24, 14]);
    expect(chart.config.data.datasets[1]!.data).toEqual([0, 35, 20]);
    expect(chart.label).toBe('柱形图：某一天每个时段所需的在线座席（柱）和排班人数（折线）。高峰在 10:00-10:30：来电 200 通，需要 24 个在线座席、排班 35 人。');
  });

  it('shortens slot labels', () => {
    expect(slotStart('08:00-08:30')).toBe('08:00');
    expect(slotStart('上午')).toBe('上午');
  });
});
