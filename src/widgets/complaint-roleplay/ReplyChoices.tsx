import type { ScenarioOption } from '../../engine/communication/roleplay';
import { LETTERS } from './labels';

interface Props {
  options: readonly ScenarioOption[];
  /** Teacher mode: mark the best reply. */
  revealBest: boolean;
  onChoose: (option: ScenarioOption) => void;
  heading?: string;
}

/** The replies on offer, as buttons A–D. */
export function ReplyChoices({ options, revealBest, onChoose, heading = '你怎么回答？' }: Props) {
  return (
    <div class="cr-choices" role="group" aria-labelledby="cr-choices-heading">
      <h4 id="cr-choices-heading">{heading}</h4>
      <ul class="cr-options">
        {options.map((option, i) => (
          <li key={option.id}>
            <button type="button" class="cr-option" data-focus={i === 0 ? 'first-option' : undefined} onClick={() => onChoose(option)}>
              <span class="cr-letter">
                {LETTERS[i]}
              </span>
              <span class="visually-hidden">：</span>
              <span class="cr-option-text">{option.text}</span>
              {revealBest && option.quality === 'best' && <span class="cr-best-mark">（参考答案：最佳）</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
