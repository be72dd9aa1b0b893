import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { openWrongBookItems, type ExamBankItem } from '../../engine/exam';
import { pageScript } from '../../i18n/locale';
import { pageText } from '../../i18n/page-conversion';
import { $examPractice } from '../../stores/exam-practice';
import { Tabs } from '../shared/TabList';
import { WidgetFrame } from '../shared/WidgetFrame';
import { $bank, chapterOfId, itemsById, loadBanks, type BankChapterInfo } from '../shared/exam-bank';
import { HistoryView } from './HistoryView';
import { SetChooser } from './SetChooser';
import { SetView } from './SetView';
import { startBankSet, startWrongBookSet, type SetChoice } from './state';
import { WrongBookView } from './WrongBookView';
import './exam-practice.css';

interface Props {
  chapters: BankChapterInfo[];
}

type Tab = 'practice' | 'book' | 'history';

/** 题库练习: sets drawn from the exam bank, scored at once or self-marked, with the 错题本 and past results. */
export default function ExamPractice({ chapters }: Props) {
  const data = useStore($examPractice);
  const bank = useStore($bank);
  const [tab, setTab] = useState<Tab>('practice');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const items = itemsById(bank);
  const openIds = openWrongBookItems(data.wrongBook);
  const needed = [...new Set([...(data.current?.ids ?? []), ...openIds].map((id) => chapterOfId(chapters, id)).filter((c): c is string => c !== undefined))];
  const labels = new Map(chapters.map((c) => [c.slug, c.label === '补充讲义' ? c.title : c.label]));
  const chapterLabel = (item: ExamBankItem) => labels.get(item.chapter) ?? item.chapter;
  const variant = pageScript() === 'hant' ? pageText : undefined;

  useEffect(() => {
    if (needed.length > 0) loadBanks(needed).catch((error: Error) => setMessage(error.message));
  }, [needed.join(',')]);

  const start = async (choice: SetChoice) => {
    setBusy(true);
    setMessage('');
    try {
      await loadBanks(choice.chapters);
      const all = choice.chapters.flatMap((slug) => $bank.get()[slug] ?? []);
      const count = startBankSet(all, choice);
      if (count === 0) setMessage('所选范围内没有题目，请多选几个章节、题型或难度。');
    } catch (error) {
      setMessage((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const practiseWrongBook = () => {
    if (startWrongBookSet(new Set(items.keys())) > 0) setTab('practice');
  };

  const tabs = [
    { key: 'practice' as const, label: '练习' },
    { key: 'book' as const, label: `错题本（${openIds.length}）` },
    { key: 'history' as const, label: '练习记录' },
  ];
  return (
    <WidgetFrame name="exam-practice" title="题库练习">
      {message && (
        <p class="widget-error" role="alert">
          {message}
        </p>
      )}
      <Tabs prefix="ep" tabs={tabs} selected={tab} onSelect={setTab} label="题库练习">
        {tab === 'practice' &&
          (data.current ? (
            <SetView set={data.current} items={items} chapterLabel={chapterLabel} variant={variant} onShowWrongBook={() => setTab('book')} />
          ) : (
            <SetChooser chapters={chapters} busy={busy} onStart={(choice) => void start(choice)} />
          ))}
        {tab === 'book' && <WrongBookView book={data.wrongBook} items={items} chapterLabel={chapterLabel} onPractise={practiseWrongBook} busy={busy} />}
        {tab === 'history' && <HistoryView history={data.history} />}
      </Tabs>
    </WidgetFrame>
  );
}
