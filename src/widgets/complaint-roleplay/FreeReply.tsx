import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { BEHAVIOURS, type ScenarioOption } from '../../engine/communication/roleplay';
import { LETTERS } from './labels';
import { ReplyChoices } from './ReplyChoices';
import type { RoleplayWidgetState } from './state';

interface Props {
  roleplay: RoleplayWidgetState;
  options: readonly ScenarioOption[];
  revealBest: boolean;
}

/** 自由输入: type a reply; the rubric says how it read it and which option it is closest to; confirm or edit. */
export function FreeReply({ roleplay, options, revealBest }: Props) {
  const draft = useStore(roleplay.$draft);
  const [text, setText] = useState('');
  const matchIndex = draft?.match ? options.findIndex((o) => o.id === draft.match!.option.id) : -1;
  return (
    <div class="cr-free">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          roleplay.readFreeReply(text);
        }}
      >
        <div class="field">
          <label for="cr-free-text">用你自己的话回复客户</label>
          <textarea id="cr-free-text" data-focus="free-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <button type="submit" class="btn primary">
          发送
        </button>
      </form>
      {draft && (
        <div class="cr-draft" data-focus="draft" tabIndex={-1} aria-labelledby="cr-draft-heading">
          <h4 id="cr-draft-heading">系统这样理解你的回复</h4>
          {draft.reading.behaviours.length > 0 ? (
            <ul class="cr-reading">
              {draft.reading.behaviours.map((b) => (
                <li key={b.key} class={BEHAVIOURS[b.key].kind === 'bad' ? 'cr-bad' : 'cr-good'}>
                  <strong>
                    {BEHAVIOURS[b.key].kind === 'bad' ? '✗ ' : '✓ '}
                    {BEHAVIOURS[b.key].label}
                  </strong>
                  ：<span translate={false}>{b.matches.map((m) => `“${m}”`).join('、')}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>没有识别到投诉处理的要点（例如致歉、复述确认、询问单号、具体的时间、约定回访）。请说得具体一些，或者直接选择下面的一个回答。</p>
          )}
          {draft.match && (
            <>
              <p>
                最接近的是回答 <strong>{LETTERS[matchIndex]}</strong>：“{draft.match.option.text}”
              </p>
              <div class="tool-row">
                <button type="button" class="btn primary" onClick={roleplay.confirmDraft}>
                  就按这个回答
                </button>
                <button type="button" class="btn" onClick={roleplay.discardDraft}>
                  改一改再发
                </button>
              </div>
            </>
          )}
          <ReplyChoices heading="也可以直接选择一个回答" options={options} revealBest={revealBest} onChoose={(o) => roleplay.reply({ option: o.id, via: 'free', typed: draft.text })} />
        </div>
      )}
    </div>
  );
}
