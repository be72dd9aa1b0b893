import { useState } from 'preact/hooks';
import type { ScenarioOption } from '../../engine/communication/roleplay';
import { LETTERS } from './labels';
import type { RoleplayWidgetState } from './state';

interface Props {
  roleplay: RoleplayWidgetState;
  line: string;
  speaker: string;
  options: readonly ScenarioOption[];
  revealBest: boolean;
}

/** 全班投票: the line and the replies big for the projector; the instructor enters the show of hands. Keyed by turn, so counts start at 0. */
export function ClassVote({ roleplay, line, speaker, options, revealBest }: Props) {
  const [counts, setCounts] = useState<Record<string, string>>({});
  const numbers = (): Record<string, number> => Object.fromEntries(options.map((o) => [o.id, Math.max(0, Math.floor(Number(counts[o.id] || 0)))]));
  return (
    <section class="cr-class" aria-labelledby="cr-class-heading">
      <h4 id="cr-class-heading">全班投票</h4>
      <blockquote class="cr-class-line" data-focus="class-line" tabIndex={-1}>
        <span class="cr-who">{speaker}</span>
        <p>{line}</p>
      </blockquote>
      <ol class="cr-class-options">
        {options.map((option, i) => (
          <li key={option.id}>
            <p class="cr-class-text">
              <span class="cr-letter">
                {LETTERS[i]}
              </span>
              <span class="visually-hidden">：</span>
              {option.text}
              {revealBest && option.quality === 'best' && <span class="cr-best-mark">（参考答案：最佳）</span>}
            </p>
            <div class="cr-class-tools">
              <label>
                {LETTERS[i]} 的票数
                <input type="number" min={0} step={1} inputMode="numeric" value={counts[option.id] ?? ''} onInput={(e) => setCounts({ ...counts, [option.id]: e.currentTarget.value })} />
              </label>
              <button type="button" class="btn" onClick={() => roleplay.pickForClass(option.id, numbers())}>
                全班选 {LETTERS[i]}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" class="btn primary" onClick={() => roleplay.playVote(numbers())}>
        按多数票继续
      </button>
    </section>
  );
}
