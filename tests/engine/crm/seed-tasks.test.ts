import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRM_TASKS, crmTask, findDuplicates, followUpReminders, seedWorkspace, segmentTagsFromOrders, ticketStatus, type WorkspaceId } from '~/engine/crm';
import { expectEngineError } from '../expect-engine-error';

const NOW = Date.parse('2025-03-10T08:00:00Z');

describe.each(['retail', 'logistics'] as const)('the %s workspace', (id: WorkspaceId) => {
  const w = seedWorkspace(id, { now: NOW });
  it('is the same for the same seed and day, and another seed changes it', () => {
    expect(seedWorkspace(id, { now: NOW })).toEqual(w);
    expect(seedWorkspace(id, { now: NOW, seed: 2 }).customers.map((c) => c.name)).not.toEqual(w.customers.map((c) => c.name));
  });
  it('has the lessons waiting: duplicates, one overdue complaint, follow-ups due today, orders RFM/ABC can read', () => {
    expect(findDuplicates(w.customers).length).toBe(id === 'retail' ? 3 : 2);
    expect(w.tickets.filter((t) => ticketStatus(t, NOW).overdue)).toHaveLength(1);
    const reminders = followUpReminders(w.interactions, w.tickets, '2025-03-10', NOW);
    expect(reminders.dueToday.filter((r) => r.kind === 'follow-up')).toHaveLength(2);
    expect(reminders.overdue.length).toBeGreaterThanOrEqual(3);
    expect(segmentTagsFromOrders(w.orders).classCounts.A).toBeGreaterThan(0);
    const ids = new Set(w.customers.map((c) => c.id));
    expect(ids.size).toBe(w.customers.length);
    for (const rec of [...w.orders, ...w.interactions, ...w.tickets, ...w.opportunities]) expect(ids.has(rec.customerId)).toBe(true);
  });
});

it('an empty workspace is empty and an unknown one is refused', () => {
  expect(seedWorkspace('empty', { now: NOW }).customers).toEqual([]);
  expectEngineError(() => seedWorkspace('bank' as WorkspaceId, { now: NOW }), 'unknown-workspace');
});

it('every task names a lab that exists, and is found by its id', () => {
  for (const task of CRM_TASKS) {
    expect(existsSync(new URL(`../../../content/labs/${task.lab}.mdx`, import.meta.url)), task.lab).toBe(true);
    expect(crmTask(task.id)).toBe(task);
  }
  expect(crmTask('nope')).toBeNull();
});
