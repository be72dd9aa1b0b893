// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bestPlaythrough, currentTurn, REPLY_QUALITIES, replayRoleplay, type Scenario } from '~/engine/communication/roleplay';
import type { ScenarioSummary } from '~/content-schema/scenario-schema';
import { $progress } from '~/stores/progress';
import { $settings, updateSettings } from '~/stores/settings';
import { useTestStorageEngine } from '~/stores/storage/persistent';
import ComplaintRoleplay from '~/widgets/complaint-roleplay/ComplaintRoleplay';
import { createRoleplayState, type RoleplayWidgetState } from '~/widgets/complaint-roleplay/state';
import { loadScenarios } from '../engine/communication/roleplay/load-scenarios';
import { MemoryStorage } from '../helpers/memory-storage';

const downloads: { name: string; text: string }[] = [];
vi.mock('~/widgets/shared/download', () => ({
  today: () => '2024-05-21',
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

const scenarios = loadScenarios().sort((a, b) => a.order - b.order);
const byId = new Map(scenarios.map((s) => [s.id, s]));
const summaries: ScenarioSummary[] = scenarios.map(({ id, title, company, industry, channel, role, summary, customer }) => ({ id, title, company, industry, channel, role, summary, customer }));
const parcel = byId.get('parcel-delay')!;

function serveScripts(broken = new Set<string>()) {
  return vi.fn(async (url: string) => {
    const id = /\/scenarios\/(.+)\.json$/.exec(url)?.[1] ?? '';
    if (broken.has(id) || !byId.has(id)) return new Response('not found', { status: 404 });
    return new Response(JSON.stringify(byId.get(id)), { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

let storage: MemoryStorage;
/** The state of the role-play each test mounts, to look into. */
let roleplay: RoleplayWidgetState;
beforeEach(() => {
  roleplay = createRoleplayState();
  storage = new MemoryStorage();
  useTestStorageEngine(storage);
  document.documentElement.dataset.chapter = '07-customer-communication';
  vi.stubGlobal('fetch', serveScripts());
  history.replaceState(null, '', '/chapters/07-customer-communication/');
  downloads.length = 0;
});
afterEach(() => {
  cleanup();
  cleanStores($progress, $settings);
  useTestStorageEngine(undefined);
  vi.unstubAllGlobals();
});

const optionButton = (text: string) => screen.getByRole('button', { name: new RegExp(`^[A-D]\\s*：\\s*${text.slice(0, 12).replace(/[()（）?？.*+[\]]/g, '.')}`) });

/** Plays the best reply at every turn through the buttons, as a learner would. */
async function playBest(scenario: Scenario) {
  for (const record of bestPlaythrough(scenario).history) {
    const option = scenario.nodes[record.node]!.options!.find((o) => o.id === record.option)!;
    fireEvent.click(await waitFor(() => optionButton(option.text)));
  }
}

describe('ComplaintRoleplay', () => {
  it('two role-plays on one page keep their own conversations', async () => {
    render(
      <>
        <ComplaintRoleplay scenarios={summaries} />
        <ComplaintRoleplay scenarios={summaries} />
      </>,
    );
    const [first, second] = [...document.querySelectorAll<HTMLElement>('.cr')];
    fireEvent.click(within(first!).getByRole('button', { name: '开始对话' }));
    const start = currentTurn(parcel, replayRoleplay(parcel, []).state);
    fireEvent.click(await within(first!).findByRole('button', { name: new RegExp(`^A\\s*：`) }));
    await waitFor(() => expect(within(first!).queryByRole('button', { name: '开始对话' })).toBeNull());
    expect(within(second!).getByRole('button', { name: '开始对话' })).toBeTruthy();
    expect(within(second!).queryByText(start.line)).toBeNull();
    fireEvent.click(within(second!).getByRole('radio', { name: /自由输入/ }));
    fireEvent.click(within(second!).getByRole('button', { name: '开始对话' }));
    await within(second!).findByLabelText('用你自己的话回复客户');
    expect(within(first!).queryByLabelText('用你自己的话回复客户')).toBeNull();
  });

  it('lists the scenarios, shows the brief, and plays the best replies to a kept customer and a full debrief', async () => {
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    const picker = screen.getByRole('group', { name: '选择情境' });
    expect(within(picker).getAllByRole('button')).toHaveLength(scenarios.length);
    expect(within(picker).getByRole('button', { name: /包裹延误/ }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/杭州一家小型设备公司的行政主管/)).toBeTruthy();
    // Nothing is judged before the learner commits a reply.
    expect(screen.queryByText(/参考答案/)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    await screen.findByText(parcel.nodes.open!.line as string);
    const meter = screen.getByRole('meter', { name: /周女士的情绪/ });
    expect(meter.getAttribute('aria-valuetext')).toBe('怒气冲冲，满意度 15/100');

    await playBest(parcel);
    await screen.findByRole('heading', { name: '复盘' });
    expect(screen.getByText('结局：圆满解决')).toBeTruthy();
    expect(screen.getByText(/^流程总分/).textContent).toContain('100');
    expect(screen.getByText(/^及格：/).textContent).toBe('及格：流程总分达到及格线 60 分，客户没有流失，投诉也没有升级。');
    expect(screen.getByText('每一轮都选了最好的回答。')).toBeTruthy();
    expect(screen.getByRole('img', { name: /对话地图：这个情境共有 16 个节点、4 种结局；你的路径经过 9 个节点，到达结局“化险为夷，客户留下了”/ })).toBeTruthy();
    expect($progress.get().chapters['07-customer-communication']?.widgets).toEqual(['complaint-roleplay']);

    fireEvent.click(screen.getByRole('button', { name: '导出对话记录（Markdown）' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('投诉处理角色扮演-包裹延误-差点误了投标的标书-2024-05-21.md');
    expect(downloads[0]!.text).toContain('**结局：化险为夷，客户留下了**');
  });

  it('a run that loses the customer does not pass, however well the steps scored', async () => {
    // A promise made again and broken loses 跟进 (0) and then the customer; the other five steps are done: 500 / 6 = 83.3 → 83.
    const replies = ['hear-out', 'urgent-ticket', 'honest', 'promise-again', 'own-it', 'short-record', 'nothing', 'dig-out'];
    render(<ComplaintRoleplay scenarios={summaries} />);
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    for (const record of replayRoleplay(parcel, replies).state.history) {
      const option = parcel.nodes[record.node]!.options!.find((o) => o.id === record.option)!;
      fireEvent.click(await waitFor(() => optionButton(option.text)));
    }
    await screen.findByRole('heading', { name: '复盘' });
    expect(screen.getByText('结局：客户流失')).toBeTruthy();
    expect(screen.getByText(/^流程总分/).textContent).toBe('流程总分 83（需改进）');
    expect(screen.getByText(/^不及格：/).textContent).toBe('不及格：客户流失了。不论流程得了多少分，丢掉客户的处理都不算及格。');
  });

  it('changes the mood visibly, in words and signs; going back to a turn tries another branch', async () => {
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    const policy = parcel.nodes.open!.options!.find((o) => o.id === 'policy')!;
    fireEvent.click(await waitFor(() => optionButton(policy.text)));
    // 15 − 15 = 0: the customer is angrier, said in words and with a sign.
    await screen.findByText(policy.reaction!);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('怒气冲冲，满意度 0/100');
    expect(screen.getByText('↓ −15')).toBeTruthy();
    expect(document.querySelector('.cr > [role="status"]')!.textContent).toContain(policy.reaction!);

    // Rewind to turn 1 and take the good branch instead.
    fireEvent.click(screen.getByRole('button', { name: '回到第 1 轮重选' }));
    expect(roleplay.$choices.get()).toEqual([]);
    const hear = parcel.nodes.open!.options!.find((o) => o.id === 'hear-out')!;
    fireEvent.click(await waitFor(() => optionButton(hear.text)));
    await screen.findByText(hear.reaction!);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('很生气，满意度 30/100');
  });

  it('free mode reads a typed reply, says how, and plays the closest option with the learner’s words kept', async () => {
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    fireEvent.click(screen.getByRole('radio', { name: '自由输入' }));
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    const box = await screen.findByLabelText('用你自己的话回复客户');
    fireEvent.input(box, { target: { value: '周女士,非常抱歉!您是说标书周一寄出,明天十点前必须到,对吗?' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    const reading = await screen.findByRole('heading', { name: '系统这样理解你的回复' });
    const panel = reading.parentElement!;
    expect(within(panel).getByText(/致歉/)).toBeTruthy();
    expect(within(panel).getByText(/倾听与复述/)).toBeTruthy();
    expect(panel.textContent).toContain('最接近的是回答');
    fireEvent.click(within(panel).getByRole('button', { name: '就按这个回答' }));
    await screen.findByText(/你输入的原话/);
    expect(roleplay.$choices.get()).toEqual([{ option: 'hear-out', via: 'free', typed: '周女士,非常抱歉!您是说标书周一寄出,明天十点前必须到,对吗?' }]);

    // A reply with nothing the rubric knows is not guessed at.
    fireEvent.input(screen.getByLabelText('用你自己的话回复客户'), { target: { value: '嗯嗯。' } });
    fireEvent.click(screen.getByRole('button', { name: '发送' }));
    await screen.findByText(/没有识别到投诉处理的要点/);
    expect(screen.queryByRole('button', { name: '就按这个回答' })).toBeNull();
  });

  it('class mode (teacher): the class’s votes pick the reply, a tie asks the instructor, and the debrief shows the class’s path', async () => {
    updateSettings({ teacher: true });
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    fireEvent.click(screen.getByRole('radio', { name: /全班投票/ }));
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    await screen.findByRole('heading', { name: '全班投票' });
    const options = parcel.nodes.open!.options!;
    const best = options.findIndex((o) => o.id === 'hear-out');
    const letters = ['A', 'B', 'C', 'D'];
    // A tie first: nothing is played.
    fireEvent.input(screen.getByLabelText(`${letters[best]} 的票数`), { target: { value: '9' } });
    fireEvent.input(screen.getByLabelText(`${letters[(best + 1) % 4]} 的票数`), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: '按多数票继续' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/票数相同（各 9 票）/);
    expect(roleplay.$choices.get()).toEqual([]);
    // One more hand breaks it.
    fireEvent.input(screen.getByLabelText(`${letters[best]} 的票数`), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: '按多数票继续' }));
    await waitFor(() => expect(roleplay.$choices.get()).toHaveLength(1));
    expect(roleplay.$choices.get()[0]).toMatchObject({ option: 'hear-out', via: 'vote' });
    // The counts start again at 0 for the next turn; the instructor can also just click the class's choice.
    await waitFor(() => expect((screen.getByLabelText('A 的票数') as HTMLInputElement).value).toBe(''));
    // Play on with the instructor's clicks along the best path.
    const rest = bestPlaythrough(parcel).history.slice(1);
    for (const [k, record] of rest.entries()) {
      const turn = parcel.nodes[record.node]!.options!;
      const i = turn.findIndex((o) => o.id === record.option);
      await screen.findByText(record.line, { selector: '.cr-class-line p' });
      fireEvent.click(screen.getByRole('button', { name: `全班选 ${letters[i]}` }));
      await waitFor(() => expect(roleplay.$choices.get()).toHaveLength(k + 2));
    }
    await screen.findByRole('heading', { name: '复盘（全班）' });
    expect(screen.getByRole('heading', { name: '全班的路径' })).toBeTruthy();
    expect(screen.getByText(/全班投票：/).textContent).toMatch(/10 票/);
  });

  it('teacher mode can mark the best reply of the turn; students never see it before they choose', async () => {
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    await screen.findByText(parcel.nodes.open!.line as string);
    expect(screen.queryByRole('button', { name: /参考答案/ })).toBeNull();
    updateSettings({ teacher: true });
    fireEvent.click(await screen.findByRole('button', { name: '显示本轮参考答案（教师）' }));
    const best = parcel.nodes.open!.options!.find((o) => REPLY_QUALITIES[o.quality].rank === 3)!;
    await waitFor(() => expect(optionButton(best.text).textContent).toContain('参考答案：最佳'));
    expect(screen.getAllByText(/参考答案：最佳/)).toHaveLength(1);
  });

  it('opens a shared link at the same scenario and turn, and drops replies a script no longer offers', async () => {
    const bank = byId.get('bank-fee')!;
    const path = bestPlaythrough(bank).history.slice(0, 2).map((h) => h.option);
    history.replaceState(null, '', `/chapters/07-customer-communication/?roleplay.scenario=bank-fee&roleplay.mode=free&roleplay.path=${path.join('.')}.no-such-reply.x`);
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    await waitFor(() => expect(roleplay.$choices.get().map((c) => c.option)).toEqual(path));
    expect(screen.getByRole('alert').textContent).toMatch(/有 2 轮已经不适用，对话停在第 3 轮/);
    // The conversation stands at turn 3 of the bank scenario.
    await screen.findByText(currentTurn(bank, replayRoleplay(bank, path).state).line);
    expect((screen.getByRole('radio', { name: '自由输入' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('银行扣费：老人说银行“偷了钱”')).toBeTruthy();
  });

  it('keeps a script that cannot be loaded inside the box, with a way to retry', async () => {
    vi.stubGlobal('fetch', serveScripts(new Set(['parcel-delay'])));
    render(<ComplaintRoleplay scenarios={summaries} roleplay={roleplay} />);
    fireEvent.click(screen.getByRole('button', { name: '开始对话' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('剧本没能载入');
    vi.stubGlobal('fetch', serveScripts());
    fireEvent.click(within(alert).getByRole('button', { name: '重新载入' }));
    await screen.findByText(parcel.nodes.open!.line as string);
  });
});
