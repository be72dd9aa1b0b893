import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import { $classBoard } from '../../stores/class-board';
import { NO_TRANSLATE } from '../shared/no-translate';
import { useTeacherMode } from '../shared/teacher';
import { useDomId } from '../shared/use-dom-id';
import { useMounted } from '../shared/use-mounted';
import { WidgetFrame } from '../shared/WidgetFrame';
import { clearSubmissions, loadRosterFile, setBoardClassCode, takeCodes, type CodesTaken, type RosterLoaded } from './board-actions';
import { activityInfo, type BoardCatalogue } from './catalogue';
import { CodeScanner } from './CodeScanner';
import { ActivityView } from './ActivityView';
import { GradebookExport } from './GradebookExport';
import './class-board.css';

interface Props {
  catalogue: BoardCatalogue;
}

const ENCODINGS: Readonly<Record<string, string>> = { 'utf-8': 'UTF-8', gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

/** 班级看板: the teacher's side of result codes (README, “班级看板”). */
export function ClassBoard({ catalogue }: Props) {
  const board = useStore($classBoard);
  const { projector } = useTeacherMode();
  const mounted = useMounted();
  const id = useDomId('class-board');
  // null until the teacher types: the field shows the stored code (read from storage after the first render).
  const [typed, setCodeText] = useState<string | null>(null);
  const codeText = typed ?? board.classCode;
  const [codeStatus, setCodeStatus] = useState('');
  const [roster, setRoster] = useState<RosterLoaded | null>(null);
  const [rosterError, setRosterError] = useState('');
  const [pasted, setPasted] = useState('');
  const [taken, setTaken] = useState<CodesTaken | null>(null);
  const [takeError, setTakeError] = useState('');
  const activities = useMemo(() => [...new Set(board.submissions.map((s) => s.record.activity))], [board.submissions]);
  const [chosen, setChosen] = useState('');
  const activity = activities.includes(chosen) ? chosen : (activities[0] ?? '');

  const saveCode = (event: Event) => {
    event.preventDefault();
    const saved = setBoardClassCode(codeText);
    setCodeStatus(saved.ok ? `班级码已保存：${saved.value}。把它发给学生，学生提交结果时填写。` : saved.message);
    if (saved.ok) setCodeText(saved.value);
  };
  const chooseRoster = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const loaded = await loadRosterFile(file);
    input.value = '';
    setRoster(loaded.ok ? loaded.value : null);
    setRosterError(loaded.ok ? '' : `名单没有读入：${loaded.message}`);
  };
  const take = (text: string) => {
    const result = takeCodes(text);
    setTaken(result.ok ? result.value : null);
    setTakeError(result.ok ? '' : result.message);
    return result.ok;
  };

  const students = board.roster?.entries ?? [];
  // The board comes from localStorage: the server's HTML is the empty frame, filled in once mounted. The frame holds
  // a screen's height (the board is taller), so what follows it does not jump when the board appears (layout shift).
  if (!mounted) {
    return (
      <WidgetFrame name="class-board" title="班级看板">
        <p class="cb-loading">正在读取班级看板……</p>
      </WidgetFrame>
    );
  }
  return (
    <WidgetFrame name="class-board" title="班级看板">
      <p class="cb-lead">收集学生的提交码（粘贴聊天记录或扫二维码），看谁交了、每道题和每张卡片的作答分布，导出成绩册。数据只保存在这台电脑的浏览器里，并随 JSON 备份导出。</p>

      <section class="cb-section" aria-labelledby={`${id}-setup`}>
        <h4 id={`${id}-setup`}>1. 班级码和名单</h4>
        <form class="cb-row" onSubmit={saveCode}>
          <div class="field">
            <label for={`${id}-code`}>班级码</label>
            <input id={`${id}-code`} type="text" value={codeText} autocomplete="off" spellcheck={false} onInput={(e) => setCodeText(e.currentTarget.value)} {...NO_TRANSLATE} />
          </div>
          <button type="submit" class="btn">
            保存班级码
          </button>
        </form>
        <p class="status" role="status">
          {codeStatus}
        </p>
        <div class="field">
          <label for={`${id}-roster`}>导入名单（CSV：学号、姓名；UTF-8 或 GBK）</label>
          <input id={`${id}-roster`} type="file" accept=".csv,.txt,text/csv" onChange={(e) => void chooseRoster(e.currentTarget)} />
        </div>
        <p class="status" role="status">
          {board.roster ? `名单：${board.roster.entries.length} 人（${board.roster.file}${roster ? `，${ENCODINGS[roster.encoding] ?? roster.encoding} 编码` : ''}）` : '还没有名单：没有名单也能收提交码，但看不出谁没交。'}
        </p>
        {rosterError && (
          <p class="cb-error" role="alert">
            {rosterError}
          </p>
        )}
        {roster && roster.issueCount > 0 && (
          <details class="cb-issues" open>
            <summary>有 {roster.issueCount} 行没有读入</summary>
            <ul>
              {roster.issues.map((issue) => (
                <li key={issue.line}>
                  第 {issue.line} 行{issue.column ? `（${issue.column}）` : ''}：{issue.message}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section class="cb-section" aria-labelledby={`${id}-collect`}>
        <h4 id={`${id}-collect`}>2. 收集提交码</h4>
        <div class="field">
          <label for={`${id}-paste`}>粘贴含提交码的文字（整段聊天记录也可以）</label>
          <textarea id={`${id}-paste`} rows={5} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} {...NO_TRANSLATE} />
        </div>
        <p class="tool-row">
          <button type="button" class="btn primary" onClick={() => take(pasted) && setPasted('')} disabled={pasted.trim() === ''}>
            读取提交码
          </button>
        </p>
        <CodeScanner onCodes={(texts) => take(texts.join('\n'))} />
        {takeError && (
          <p class="cb-error" role="alert">
            {takeError}
          </p>
        )}
        {taken && <TakenSummary taken={taken} />}
      </section>

      <section class="cb-section" aria-labelledby={`${id}-results`}>
        <h4 id={`${id}-results`}>3. 提交情况和统计</h4>
        {activities.length === 0 ? (
          <p>还没有收到提交码。</p>
        ) : (
          <>
            <div class="field">
              <label for={`${id}-activity`}>活动</label>
              <select id={`${id}-activity`} value={activity} onChange={(e) => setChosen(e.currentTarget.value)}>
                {activities.map((name) => (
                  <option key={name} value={name}>
                    {activityInfo(name, catalogue).label}（{board.submissions.filter((s) => s.record.activity === name).length} 份）
                  </option>
                ))}
              </select>
            </div>
            <ActivityView info={activityInfo(activity, catalogue)} submissions={board.submissions.filter((s) => s.record.activity === activity)} roster={students} hideNames={projector} />
          </>
        )}
      </section>

      <section class="cb-section" aria-labelledby={`${id}-export`}>
        <h4 id={`${id}-export`}>4. 导出成绩册</h4>
        <GradebookExport catalogue={catalogue} roster={students} submissions={board.submissions} />
        {board.submissions.length > 0 && (
          <p class="tool-row">
            <button
              type="button"
              class="btn"
              onClick={() => {
                if (confirm(`清空全部 ${board.submissions.length} 份提交？名单和班级码保留。建议先导出成绩册。`)) clearSubmissions();
              }}
            >
              清空提交
            </button>
          </p>
        )}
      </section>
    </WidgetFrame>
  );
}

const REASONS: Readonly<Record<string, string>> = {
  checksum: '抄错或被改动（校验不符）',
  'bad-character': '抄错（含有提交码不用的字符）',
  'other-class': '不是本班的提交码',
  'newer-version': '来自更新版本的网站',
  'not-a-code': '不是提交码',
};

function TakenSummary({ taken }: { taken: CodesTaken }) {
  const { added, replaced, kept } = taken.merge;
  return (
    <div class="cb-taken">
      <p class="status" role="status">
        找到 {taken.found} 个提交码：新增 {added} 份，更新 {replaced} 份（同一学生同一活动只保留最新的一份），已有或较旧 {kept} 份，未收下 {taken.refused.length} 个。
      </p>
      {taken.refused.length > 0 && (
        <table class="cb-table">
          <caption>未收下的提交码</caption>
          <thead>
            <tr>
              <th scope="col">行</th>
              <th scope="col">提交码</th>
              <th scope="col">原因</th>
            </tr>
          </thead>
          <tbody>
            {taken.refused.map((r) => (
              <tr key={r.code}>
                <td>{r.line}</td>
                <td class="cb-code" {...NO_TRANSLATE}>
                  {r.code}
                </td>
                <td>
                  {REASONS[r.problem] ?? r.problem}
                  {r.record ? `（${r.record.name}，学号 ${r.record.studentId}）` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
