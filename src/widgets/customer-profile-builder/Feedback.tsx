import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { profileField, type ProfileFinding, type ProfileScenario } from '../../engine/information/customer-profile';
import { useTeacherMode } from '../shared/teacher';
import type { ProfileState } from './state';

const MARK: Record<ProfileFinding['severity'], string> = { error: '✗ 需要改', warning: '! 建议改', info: 'i 提示', good: '✓ 做得好' };

/** “检查我的设计”: feedback hidden until the learner asks (or the teacher shows the reference design). */
export function Feedback({ state, onUse }: { state: ProfileState; onUse: () => void }) {
  const checked = useStore(state.$checked);
  const check = useStore(state.$check);
  const scenario = useStore(state.$scenario);
  const fields = useStore(state.$fields);
  const { teacher } = useTeacherMode();
  const [reference, setReference] = useState(false);
  return (
    <section class="profile-feedback" aria-labelledby="profile-feedback-title">
      <h4 id="profile-feedback-title">检查</h4>
      <div class="tool-row">
        <button type="button" class="btn primary" disabled={fields.length === 0} onClick={() => {
          onUse();
          state.check();
        }}>
          检查我的设计
        </button>
        {(teacher || checked) && (
          <button type="button" class="btn" aria-expanded={reference} onClick={() => setReference(!reference)}>
            {reference ? '收起参考设计' : teacher && !checked ? '显示参考设计（教师）' : '看参考设计'}
          </button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {checked && (
          <p class="profile-score">
            得分 <strong>{check.score}</strong> / 100（{check.verdict}）：必备字段 {check.coverage.included} / {check.coverage.total}
            {check.passes ? '；没有必须改的问题。' : '；有必须改的问题，见下。'}
          </p>
        )}
        {!checked && fields.length > 0 && <p class="profile-hint">设计好以后点“检查我的设计”。修改后需要再检查一次。</p>}
      </div>
      {checked && (
        <ul class="profile-findings">
          {check.findings.map((f, i) => (
            <li key={`${f.kind}-${f.field}-${i}`} class={`profile-finding ${f.severity}`}>
              <span class="profile-mark">{MARK[f.severity]}</span>
              <span>
                {f.message}
                {f.points > 0 && <small>（−{f.points} 分）</small>}
              </span>
            </li>
          ))}
        </ul>
      )}
      {reference && <Reference scenario={scenario} />}
    </section>
  );
}

function Reference({ scenario }: { scenario: ProfileScenario }) {
  const name = (id: string) => profileField(id)?.name ?? id;
  return (
    <div class="profile-reference">
      <h5>参考设计：{scenario.title}</h5>
      <p><strong>必备字段（必填）</strong></p>
      <ul>{scenario.mustHave.map((x) => <li key={x.field}>{name(x.field)}：{x.why}</li>)}</ul>
      <p><strong>有用的字段（选填）</strong></p>
      <ul>{scenario.recommended.map((x) => <li key={x.field}>{name(x.field)}：{x.why}</li>)}</ul>
      {scenario.sensitiveNeeded.length > 0 && (
        <>
          <p><strong>确实需要的敏感个人信息</strong></p>
          <ul>{scenario.sensitiveNeeded.map((x) => <li key={x.field}>{name(x.field)}（{x.mayBeRequired ? '可以必填' : '只能选填'}）：{x.why}</li>)}</ul>
        </>
      )}
      <p><strong>不该收集的字段</strong></p>
      <ul>{scenario.unnecessary.map((x) => <li key={x.field}>{name(x.field)}：{x.why}</li>)}</ul>
      <p>字段总数最好不超过 {scenario.maxFields} 个。</p>
    </div>
  );
}
