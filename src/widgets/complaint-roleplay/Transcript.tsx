import type { RoleplayState, Scenario } from '../../engine/communication/roleplay';
import { LETTERS, VIA_LABELS } from './labels';
import type { RoleplayWidgetState } from './state';

interface Props {
  roleplay: RoleplayWidgetState;
  scenario: Scenario;
  state: RoleplayState;
  /** The line the customer is saying now (or the last words at an ending). */
  currentLine: string;
  currentSpeaker: 'customer' | 'narrator';
}

function Line({ speaker, name, text, focusTarget }: { speaker: 'customer' | 'narrator'; name: string; text: string; focusTarget?: string }) {
  return speaker === 'narrator' ? (
    <li class="cr-bubble cr-narrator" data-focus={focusTarget} tabIndex={focusTarget ? -1 : undefined}>
      <span class="cr-who">旁白</span>
      <p>{text}</p>
    </li>
  ) : (
    <li class="cr-bubble cr-customer" data-focus={focusTarget} tabIndex={focusTarget ? -1 : undefined}>
      <span class="cr-who">{name}</span>
      <p>{text}</p>
    </li>
  );
}

/** The conversation so far: the customer's lines, your replies (with a button to go back and try another), reactions. */
export function Transcript({ roleplay, scenario, state, currentLine, currentSpeaker }: Props) {
  const name = scenario.customer.name;
  return (
    <ol class="cr-log" aria-label="对话记录">
      {state.history.map((record, index) => {
        const node = scenario.nodes[record.node]!;
        const options = node.options ?? [];
        const option = options.find((o) => o.id === record.option)!;
        return [
          <Line key={`l${index}`} speaker={node.speaker ?? 'customer'} name={name} text={record.line} />,
          <li key={`r${index}`} class="cr-bubble cr-agent">
            <span class="cr-who">
              你（第 {index + 1} 轮{record.via === 'choice' ? '' : `，${VIA_LABELS[record.via]}`}）
            </span>
            <p>{option.text}</p>
            {record.typed !== undefined && (
              <p class="cr-typed">
                你输入的原话：<q translate={false}>{record.typed}</q>
              </p>
            )}
            {record.votes && (
              <p class="cr-votes">
                全班投票：{options.map((o, i) => `${LETTERS[i]} ${record.votes![o.id] ?? 0} 票`).join('，')}
              </p>
            )}
            <button type="button" class="btn cr-rewind" onClick={() => roleplay.rewindTo(index + 1)}>
              回到第 {index + 1} 轮重选
            </button>
          </li>,
          option.reaction ? <Line key={`x${index}`} speaker="customer" name={name} text={option.reaction} /> : null,
        ];
      })}
      <Line speaker={currentSpeaker} name={name} text={currentLine} focusTarget="line" />
    </ol>
  );
}
