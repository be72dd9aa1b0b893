// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { $notebook } from '~/stores/notebook';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { DOM_WAIT_TIMEOUT } from '../../helpers/timeouts';
import { MemoryStorage } from '../../helpers/memory-storage';
import { renderNotebook } from './render-notebook';

const chapters = [
  { slug: '01-crm-philosophy', href: '/chapters/01-crm-philosophy/', label: '第一章', title: '客户关系管理的理念', questions: [{ id: 'q1', text: '怎样理解 e 化？' }] },
  { slug: '02-crm-technology', href: '/chapters/02-crm-technology/', label: '第二章', title: '客户关系管理的技术', questions: [{ id: 'q1', text: '呼叫中心有什么用？' }] },
];
let storage: MemoryStorage;

const storedText = (slug: string) => JSON.parse(storage.getItem('crm-lab:notebook') ?? 'null')?.data.answers[slug]?.q1?.text;
const box = (name: RegExp) => screen.getByLabelText(name) as HTMLTextAreaElement;
const allLive = () => expect(document.querySelectorAll('[data-nb-chapter]:not([data-live])')).toHaveLength(0);

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
});
afterEach(() => {
  cleanup();
  cleanStores($notebook);
  useTestStorageEngine(undefined);
});

describe('the notebook’s chapters, hydrated one at a time', () => {
  it('shows stored answers once each chapter is live', async () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '02-crm-technology': { q1: { text: '接听与外呼', updatedAt: '2026-11-25T08:00:00.000Z' } } } } }));
    renderNotebook({ chapters });
    await waitFor(() => expect(box(/呼叫中心/).value).toBe('接听与外呼'), { timeout: DOM_WAIT_TIMEOUT });
    allLive();
    fireEvent.input(box(/呼叫中心/), { target: { value: '接听与外呼，也做回访' } });
    expect(storedText('02-crm-technology')).toBe('接听与外呼，也做回访');
  });

  it('keeps what was typed in a chapter before it was live, after what is stored there', async () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '02-crm-technology': { q1: { text: '上次写的', updatedAt: '2026-11-25T08:00:00.000Z' } } } } }));
    renderNotebook({ chapters });
    // Before any chapter is live: the learner types into the server's empty boxes.
    fireEvent.input(box(/e 化/), { target: { value: '客户上网比价' } });
    fireEvent.input(box(/呼叫中心/), { target: { value: '这次写的' } });
    await waitFor(allLive, { timeout: DOM_WAIT_TIMEOUT });
    expect(storedText('01-crm-philosophy')).toBe('客户上网比价');
    expect(storedText('02-crm-technology')).toBe('上次写的\n\n这次写的');
    await waitFor(() => expect(box(/呼叫中心/).value).toBe('上次写的\n\n这次写的'), { timeout: DOM_WAIT_TIMEOUT });
  });

  it('brings every chapter to life at once when the browser starts printing', () => {
    storage.setItem('crm-lab:notebook', JSON.stringify({ v: 2, data: { answers: { '02-crm-technology': { q1: { text: '接听与外呼', updatedAt: '2026-11-25T08:00:00.000Z' } } } } }));
    renderNotebook({ chapters });
    expect(document.querySelectorAll('[data-nb-chapter][data-live]')).toHaveLength(0);
    window.dispatchEvent(new Event('beforeprint'));
    allLive();
    expect(box(/呼叫中心/).value).toBe('接听与外呼');
  });

  it('hides the other chapters when one is chosen, live or not', () => {
    renderNotebook({ chapters });
    fireEvent.change(screen.getByLabelText('导出和打印的范围'), { target: { value: '02-crm-technology' } });
    expect(screen.queryByRole('heading', { name: /第一章/ })).toBeNull();
    expect(screen.getByRole('heading', { name: '第二章 客户关系管理的技术' })).toBeTruthy();
  });
});
