import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { bankFingerprint, blueprintProblems, drawPaperPair, paperBalance, scoreSheetLayout, type ExamBankItem, type PaperPair } from '../../engine/exam';
import { goalKey, type ExamPlan } from '../../content-schema/exam-plans';
import { $settings } from '../../stores/settings';
import { $bank, itemsById, loadBanks, type BankChapterInfo } from '../shared/exam-bank';
import { attempt } from '../shared/outcome';
import { readSharedState } from '../shared/share-state';
import { ShareLink } from '../shared/ShareLink';
import { Later } from '../shared/Later';
import { Tabs } from '../shared/TabList';
import { useTeacherMode } from '../shared/teacher';
import { WidgetFrame } from '../shared/WidgetFrame';
import { BalanceView } from './BalanceView';
import { BlueprintForm } from './BlueprintForm';
import { DocumentTools } from './DocumentTools';
import { LINK_PREFIX, settingsFromLink, type PaperSettings } from './link';
import { keyDocument, paperDocument, type PaperMeta } from './paper-model';
import { KeyView, PaperView } from './PaperView';
import { newPaperSeed, planDefaults, urlWithSettings } from './settings';
import './exam-papers.css';

interface Props {
  plans: ExamPlan[];
  chapters: BankChapterInfo[];
  /** The plan shown first when the teacher has chosen none on the home page (the script's usual plan). */
  defaultPlan: string;
  /** Every chapter's and supplement's name (第一章 客户关系管理的理念, 渠道客户的关系管理), banked or not, by slug. */
  lessonNames?: Readonly<Record<string, string>>;
}

type Tab = 'blueprint' | 'A' | 'B' | 'keyA' | 'keyB' | 'balance' | 'attainment';
const TABS: readonly { key: Tab; label: string }[] = [
  { key: 'blueprint', label: '组卷蓝图' },
  { key: 'A', label: 'A 卷' },
  { key: 'B', label: 'B 卷' },
  { key: 'keyA', label: 'A 卷答案' },
  { key: 'keyB', label: 'B 卷答案' },
  { key: 'balance', label: '组卷说明' },
  { key: 'attainment', label: '达成度' },
];

/** The plan a link names, else the one chosen on the home page (课程计划), else the script's usual plan. */
function initialSettings(plans: readonly ExamPlan[], defaultPlan: string): { settings: PaperSettings; bank: string | null; problems: string[] } {
  const link = readSharedState(LINK_PREFIX);
  const chosen = $settings.get().course;
  const plan = plans.find((p) => p.slug === (link.plan ?? chosen)) ?? plans.find((p) => p.slug === defaultPlan) ?? plans[0]!;
  const base = planDefaults(plan, newPaperSeed());
  return settingsFromLink(link, base) ?? { settings: base, bank: null, problems: [] };
}

/** 组卷与课程目标达成度 (teacher mode): A/B papers from a blueprint and a seed, their keys, print and .docx, and 达成度. */
export default function ExamPapers({ plans, chapters, defaultPlan, lessonNames = {} }: Props) {
  const { teacher } = useTeacherMode();
  const [start] = useState(() => initialSettings(plans, defaultPlan));
  const [settings, setSettings] = useState(start.settings);
  const [tab, setTab] = useState<Tab>('blueprint');
  const [loadError, setLoadError] = useState('');
  const bank = useStore($bank);
  const plan = plans.find((p) => p.slug === settings.plan) ?? plans[0]!;

  useEffect(() => {
    if (teacher) loadBanks(chapters.map((c) => c.slug)).catch((error: Error) => setLoadError(error.message));
  }, [teacher]);
  const loaded = chapters.every((c) => bank[c.slug]);
  const items = useMemo(() => Object.values(bank).flat(), [bank]);
  const byId = useMemo(() => itemsById(bank), [bank]);
  const fingerprint = useMemo(() => (loaded ? bankFingerprint(items) : ''), [items, loaded]);
  const objectiveOf = (item: Pick<ExamBankItem, 'chapter' | 'goal'>) => plan.goalObjectives[goalKey(item.chapter, item.goal)] ?? null;

  useEffect(() => {
    if (loaded) history.replaceState(history.state, '', urlWithSettings(settings, fingerprint));
  }, [settings, fingerprint, loaded]);

  const problems = blueprintProblems(settings.blueprint);
  const drawn = useMemo(
    () => (loaded && problems.length === 0 ? attempt(() => drawPaperPair(items, settings.blueprint, { seed: settings.seed, maxOverlap: settings.overlap, objectiveOf })) : null),
    [items, loaded, settings, problems.length],
  );
  const pair: PaperPair | null = drawn?.ok ? drawn.value : null;
  const chapterName = (slug: string) => {
    const c = chapters.find((x) => x.slug === slug);
    return c ? (c.label === '补充讲义' ? c.title : `${c.label} ${c.title}`) : (lessonNames[slug] ?? slug);
  };
  // The course the papers and the report are for is the plan's own (《客户关系管理实务》 is another course than 《客户关系管理》).
  const meta = (label: 'A' | 'B'): PaperMeta => ({ school: settings.school, term: settings.term, course: plan.title, kind: '期末考试', form: settings.form, college: settings.college, major: settings.major, label, seed: settings.seed });
  const sourceOf = (item: ExamBankItem) => `${chapterName(item.chapter)} · ${item.knowledge} · ${objectiveOf(item) ? `课程目标${objectiveOf(item)}` : '未对应课程目标'} · ${item.difficulty} · ${item.id}`;
  const layouts = pair
    ? {
        A: scoreSheetLayout(pair.a, (id) => (byId.get(id) ? objectiveOf(byId.get(id)!) : null), { objectives: plan.objectives.map((_, i) => i + 1), examWeight: plan.examWeight, coursework: plan.coursework }),
        B: scoreSheetLayout(pair.b, (id) => (byId.get(id) ? objectiveOf(byId.get(id)!) : null), { objectives: plan.objectives.map((_, i) => i + 1), examWeight: plan.examWeight, coursework: plan.coursework }),
      }
    : null;
  const linkNotes = [
    ...(start.problems.length > 0 ? [`链接中这些设置无法读取，已用默认值：${start.problems.join('、')}。`] : []),
    ...(start.bank && loaded && start.bank !== fingerprint ? ['题库在这个链接生成之后有过变动，抽出的试卷可能与发链接的老师不同。'] : []),
  ];

  const tools = teacher && pair ? <ShareLink makeUrl={() => { const url = new URL(urlWithSettings(settings, fingerprint)); url.searchParams.delete('teacher'); url.hash = 'exam-papers'; return url.toString(); }} /> : undefined;
  return (
    <WidgetFrame name="exam-papers" title="组卷与课程目标达成度" tools={tools}>
      {!teacher ? (
        <p class="xp-gate">组卷、参考答案和课程目标达成度只在教师模式下显示：请点页首的“教师模式”。（这是静态网站，题库和答案随网页一起下载，无法对有心的学生保密；请勿把试卷页面投影给学生。）</p>
      ) : (
        <>
          {loadError && (
            <p class="widget-error" role="alert">
              {loadError}
            </p>
          )}
          {linkNotes.map((note) => (
            <p class="xp-note" key={note}>
              {note}
            </p>
          ))}
          <Tabs prefix="xp" tabs={TABS} selected={tab} onSelect={setTab} label="组卷与达成度">
            {tab === 'blueprint' && (
              <BlueprintForm
                settings={settings}
                plans={plans}
                chapters={chapters}
                chapterName={chapterName}
                onChange={setSettings}
                onNewSeed={() => setSettings({ ...settings, seed: newPaperSeed() })}
                onPlan={(slug) => setSettings(planDefaults(plans.find((p) => p.slug === slug)!, settings.seed))}
              />
            )}
            {problems.length > 0 && (
              <div class="widget-error" role="alert">
                <p>蓝图还不能组卷：</p>
                <ul>
                  {problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            )}
            {drawn && !drawn.ok && (
              <p class="widget-error" role="alert">
                {drawn.message}
              </p>
            )}
            {!loaded && !loadError && <p class="status">正在载入题库……</p>}
            {tab === 'blueprint' && pair && (
              <p class="status" role="status">
                已按试卷编号 {settings.seed} 抽出 A、B 卷：重复率 {Math.round(pair.overlapPercent * 10) / 10}%。在上面的标签中查看、打印或导出。
              </p>
            )}
            {pair && (tab === 'A' || tab === 'B') && (() => {
              const doc = paperDocument(tab === 'A' ? pair.a : pair.b, byId, meta(tab));
              return (
                <>
                  <DocumentTools kind="paper" doc={doc} name={`试卷-${tab}卷-${settings.seed}`} />
                  <PaperView doc={doc} />
                </>
              );
            })()}
            {pair && (tab === 'keyA' || tab === 'keyB') && (() => {
              const label = tab === 'keyA' ? 'A' : 'B';
              const doc = keyDocument(label === 'A' ? pair.a : pair.b, byId, meta(label), sourceOf);
              return (
                <>
                  <DocumentTools kind="key" doc={doc} name={`参考答案及评分标准-${label}卷-${settings.seed}`} />
                  <KeyView doc={doc} teacherNotes />
                </>
              );
            })()}
            {pair && tab === 'balance' && (
              <BalanceView pair={pair} overlapLimit={settings.overlap} chapterName={chapterName} balance={{ A: paperBalance(pair.a, items, settings.blueprint, objectiveOf), B: paperBalance(pair.b, items, settings.blueprint, objectiveOf) }} />
            )}
            {layouts && tab === 'attainment' && (
              <Later
                load={() => import('./AttainmentView').then((m) => m.AttainmentView)}
                props={{ layouts, course: plan.title, plan: plan.title, objectives: plan.objectives }}
                prefix="widget"
              />
            )}
          </Tabs>
        </>
      )}
    </WidgetFrame>
  );
}
