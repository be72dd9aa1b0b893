// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $thinkMarks, keyPointsFingerprint } from '~/stores/think-marks';
import { $worksheets } from '~/stores/worksheets';
import { renderNotebook } from './render-notebook';
import { DOM_WAIT_TIMEOUT } from '../../helpers/timeouts';
import { MemoryStorage } from '../../helpers/memory-storage';
import { miniSheet } from '../lab-worksheet/sheets';

const chapters = [{ slug: '01-crm-philosophy', href: '/chapters/01-crm-philosophy/', label: '第一章', title: '客户关系管理的理念', questions: [{ id: 'q1', text: '怎样理解 e 化？' }] }];
const labs = [
  { slug: 'mini', title: '小实训' },
  { slug: 'untouched', title: '没动笔的实训' },
];
const PLAN = '先打电话，再上门。';
const fetchFile = vi.fn<(url: string) => Promise<Response>>();
let storage: MemoryStorage;

beforeEach(() => {
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  vi.stubGlobal('fetch', fetchFile);
  fetchFile.mockReset();
});
afterEach(() => {
  cleanup();
  cleanStores($worksheets, $thinkMarks);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
});

/** The worksheet store as a previous visit left it: one answer in lab `mini`. */
const writePlan = () => storage.setItem('crm-lab:worksheets', JSON.stringify({ v: 1, data: { labs: { mini: { plan: { value: PLAN, updatedAt: '2026-11-25T08:00:00.000Z' } } } } }));

describe('the notebook’s lab worksheets, loaded on demand', () => {
  it('loads nothing when the learner has written in no worksheet', () => {
    renderNotebook({ chapters, labs });
    expect(fetchFile).not.toHaveBeenCalled();
    expect(screen.queryByRole('heading', { name: '实训报告' })).toBeNull();
  });

  it('when the file cannot be loaded, says so and still shows the learner’s words', async () => {
    fetchFile.mockResolvedValue(new Response('missing', { status: 404 }));
    writePlan();
    renderNotebook({ chapters, labs });
    expect(screen.getByText(PLAN)).toBeTruthy();
    expect(screen.getByText(/正在载入实训报告的题目/)).toBeTruthy();
    await screen.findByRole('alert', {}, { timeout: DOM_WAIT_TIMEOUT });
    expect(screen.getByRole('alert').textContent).toContain('没能载入');
    expect(screen.getByText(PLAN)).toBeTruthy();
    expect(screen.queryByText('服务方案：')).toBeNull();
  });

  it('shows a started worksheet with its questions once the file has loaded, from the page’s own folder', async () => {
    fetchFile.mockResolvedValue(new Response(JSON.stringify({ mini: miniSheet }), { status: 200 }));
    writePlan();
    renderNotebook({ chapters, labs });
    await waitFor(() => expect(screen.getByText('任务二 方案')).toBeTruthy(), { timeout: DOM_WAIT_TIMEOUT });
    expect(fetchFile).toHaveBeenCalledWith('/notebook/worksheets.json');
    expect(screen.getByRole('heading', { name: '小实训' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: '没动笔的实训' })).toBeNull();
    expect(screen.getByRole('option', { name: '实训：小实训' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the notebook’s 参考要点, loaded on demand', () => {
  const marked = [{ ...chapters[0]!, questions: [{ id: 'q1', text: '怎样理解 e 化？' }] }];
  const POINTS = ['要点一', '要点二'];

  it('loads nothing for a learner who has marked no answer', () => {
    renderNotebook({ chapters: marked, labs });
    expect(fetchFile).not.toHaveBeenCalled();
  });

  it('loads them for a learner who has self-marked, then shows the marks', async () => {
    storage.setItem('crm-lab:think-marks', JSON.stringify({ v: 1, data: { marks: { '01-crm-philosophy': { q1: { key: keyPointsFingerprint(POINTS), marks: ['covered', null], updatedAt: '2026-11-25T08:00:00.000Z' } } } } }));
    fetchFile.mockResolvedValue(new Response(JSON.stringify({ '01-crm-philosophy': { q1: POINTS } }), { status: 200 }));
    renderNotebook({ chapters: marked, labs });
    await waitFor(() => expect(screen.getByText('自评：已覆盖 1 条（共 2 条，1 条未评）。')).toBeTruthy(), { timeout: DOM_WAIT_TIMEOUT });
    expect(fetchFile).toHaveBeenCalledWith('/notebook/key-points.json');
  });
});
