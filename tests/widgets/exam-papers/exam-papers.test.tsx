// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExamPlan } from '~/content-schema/exam-plans';
import { $settings, updateSettings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import { $bank } from '~/widgets/shared/exam-bank';
import ExamPapers from '~/widgets/exam-papers/ExamPapers';
import { BANK, BLUEPRINT, CHAPTERS } from '../../engine/exam/fixtures';
import { MemoryStorage } from '../../helpers/memory-storage';

const INFO = CHAPTERS.map((slug, i) => ({ slug, label: `第${'一二三四'[i]}章`, title: `章${i + 1}`, prefix: slug.slice(0, 2), items: BANK.filter((item) => item.chapter === slug).length }));
const PLAN: ExamPlan = {
  slug: 'test-plan',
  title: '测试计划',
  audience: '物流管理专业',
  objectives: ['目标一', '目标二', '目标三'],
  goalObjectives: Object.fromEntries(CHAPTERS.flatMap((c) => [1, 2, 3].map((g) => [`${c}#${g}`, g]))),
  chapters: CHAPTERS,
  blueprint: BLUEPRINT,
  examWeight: 0.7,
  coursework: [{ item: '平时作业', weight: 0.3 }],
};

let fetcher: ReturnType<typeof vi.fn>;
beforeEach(() => {
  useTestStorageEngine(new MemoryStorage());
  history.replaceState(null, '', '/exam/papers/');
  fetcher = vi.fn(async (url: string) => {
    const slug = decodeURIComponent(/\/exam\/bank\/(.+)\.json$/.exec(url)?.[1] ?? '');
    return new Response(JSON.stringify({ chapter: slug, items: BANK.filter((item) => item.chapter === slug) }));
  });
  vi.stubGlobal('fetch', fetcher);
});
afterEach(() => {
  cleanup();
  cleanStores($bank, $settings);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
});

const mount = () => render(<ExamPapers plans={[PLAN]} chapters={INFO} defaultPlan="test-plan" />);

async function paperText(tab: string): Promise<string> {
  fireEvent.click(await screen.findByRole('tab', { name: tab }));
  return (await screen.findByRole('article')).textContent ?? '';
}

describe('exam papers', () => {
  it('shows neither papers nor keys outside teacher mode, and loads no bank', () => {
    mount();
    expect(screen.getByText(/只在教师模式下显示/)).toBeTruthy();
    expect(screen.queryByRole('tab')).toBeNull();
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('draws A and B from the plan’s blueprint and a seed, keeps them in the address, and draws them again from it', async () => {
    updateSettings({ teacher: true });
    mount();
    fireEvent.input(screen.getByLabelText('试卷编号（随机种子）'), { target: { value: '777' } });
    await screen.findByText(/已按试卷编号 777 抽出 A、B 卷：重复率 \d+(\.\d)?%/);
    expect((screen.getByLabelText('专业') as HTMLInputElement).value).toBe('物流管理专业');
    const a = await paperText('A 卷');
    expect(a).toContain('物流管理专业');
    expect(a).toContain('一、名词解释（本大题共 4 小题，每小题 4 分，共 16 分）');
    expect(a).toContain('试卷编号 777-A');
    const key = await paperText('A 卷答案');
    expect(key).toContain('参考答案及评分标准');
    expect(location.search).toContain('paper.seed=777');

    cleanup();
    cleanStores($bank);
    mount();
    await waitFor(() => expect(screen.getByLabelText('试卷编号（随机种子）')).toHaveProperty('value', '777'));
    expect(await paperText('A 卷')).toBe(a);
    expect(await paperText('A 卷答案')).toBe(key);
  });

  it('names what keeps a blueprint from drawing a paper', async () => {
    updateSettings({ teacher: true });
    mount();
    await screen.findByText(/已按试卷编号 \d+ 抽出/);
    fireEvent.input(screen.getByLabelText('单选题量'), { target: { value: '11' } });
    const alert = await screen.findByText('蓝图还不能组卷：');
    expect(within(alert.parentElement!).getByRole('list').textContent).toMatch(/101/);
    expect(screen.queryByText(/已按试卷编号 \d+ 抽出/)).toBeNull();
  });
  it('opens on the course plan chosen on the home page and heads the papers with that course, not another', async () => {
    const practice: ExamPlan = { ...PLAN, slug: 'practice-plan', title: '《客户关系管理实务》', audience: '市场营销专业' };
    updateSettings({ teacher: true, course: 'practice-plan' });
    render(<ExamPapers plans={[PLAN, practice]} chapters={INFO} defaultPlan="test-plan" />);
    expect((screen.getByLabelText('课程计划') as HTMLSelectElement).value).toBe('practice-plan');
    expect((screen.getByLabelText('专业') as HTMLInputElement).value).toBe('市场营销专业');
    await screen.findByText(/已按试卷编号 \d+ 抽出/);
    expect(await paperText('A 卷')).toContain('《客户关系管理实务》期末考试试卷（A 卷）');
    expect(await paperText('B 卷答案')).toContain('《客户关系管理实务》期末考试试卷（B 卷）参考答案及评分标准');
  });

  it('names a plan’s supplement without a bank by its title, never its slug', async () => {
    const withSupplement: ExamPlan = { ...PLAN, chapters: [...CHAPTERS, 'channel-customers'], blueprint: { ...BLUEPRINT, chapters: { ...BLUEPRINT.chapters, 'channel-customers': 4 } } };
    updateSettings({ teacher: true });
    render(<ExamPapers plans={[withSupplement]} chapters={INFO} defaultPlan="test-plan" lessonNames={{ 'channel-customers': '渠道客户的关系管理' }} />);
    expect(screen.getByLabelText('渠道客户的关系管理（题库尚未编写）')).toBeTruthy();
    await screen.findByText(/已按试卷编号 \d+ 抽出/);
    fireEvent.click(screen.getByRole('tab', { name: '组卷说明' }));
    await screen.findByText(/它们的比重已按比例分给其他章节：渠道客户的关系管理。/);
    expect(document.body.textContent).not.toContain('channel-customers');
  });
});
