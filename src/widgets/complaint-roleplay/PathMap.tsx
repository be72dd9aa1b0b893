import { layoutScenarioMap, type RoleplayState, type Scenario } from '../../engine/communication/roleplay';
import { useDomId } from '../shared/use-dom-id';
import { ENDING_LABELS } from './labels';
import { DEFAULT_SIZES, pathMapGeometry, PROJECTOR_SIZES } from './path-map';
import { nextTargets } from '../../engine/communication/roleplay';
import { useTeacherMode } from '../shared/teacher';

interface Props {
  scenario: Scenario;
  state: RoleplayState;
  /** 你 or 全班, for the captions. */
  who: string;
}

/** Every branch of the script with the path taken drawn bold, plus the same in words for screen readers and print. */
export function PathMap({ scenario, state, who }: Props) {
  const captionId = useDomId();
  const map = layoutScenarioMap(scenario);
  // On the projector the labels are set larger (complaint-roleplay.css), so the nodes and the label lines make room.
  const { projector } = useTeacherMode();
  const geometry = pathMapGeometry(map, scenario, state.path, projector ? PROJECTOR_SIZES : DEFAULT_SIZES);
  const line = projector ? 24 : 15;
  const endings = Object.values(scenario.nodes).filter((n) => n.ending);
  const reached = scenario.nodes[state.node]!;
  const label = (id: string) => scenario.nodes[id]?.label ?? id;
  return (
    <figure class="cr-map">
      <figcaption id={captionId}>
        对话地图：这个情境共有 {map.nodes.length} 个节点、{endings.length} 种结局；{who}的路径经过 {state.path.length} 个节点
        {reached.ending ? `，到达结局“${reached.ending.title}”（${ENDING_LABELS[reached.ending.kind]}）` : ''}。
      </figcaption>
      <div class="cr-map-scroll" tabIndex={0} role="group" aria-label="对话地图（可左右滚动）">
        <svg class="cr-map-svg" viewBox={`0 0 ${geometry.width} ${geometry.height}`} style={{ '--map-w': `${geometry.width}px` }} role="img" aria-labelledby={captionId}>
          {geometry.edges.map((e) => (
            <path key={`${e.from}>${e.to}`} d={e.d} class={`cr-edge${e.taken ? ' cr-taken' : ''}${e.conditional ? ' cr-conditional' : ''}`} />
          ))}
          {geometry.nodes.map((n) => (
            <g key={n.id} class={`cr-node${n.step ? ' cr-visited' : ''}${n.current ? ' cr-current' : ''}${n.ending ? ` cr-end cr-end-${n.ending}` : ''}`}>
              {n.ending ? (
                <rect x={n.cx - geometry.radius} y={n.cy - geometry.radius} width={geometry.radius * 2} height={geometry.radius * 2} rx={3} />
              ) : (
                <circle cx={n.cx} cy={n.cy} r={geometry.radius} />
              )}
              {n.current && <circle class="cr-ring" cx={n.cx} cy={n.cy} r={geometry.radius + 5} />}
              {n.step && (
                <text class="cr-step" x={n.cx} y={n.cy + (projector ? 6 : 4)}>
                  {n.step}
                </text>
              )}
              <text class="cr-label" x={n.cx} y={n.cy + geometry.radius + line}>
                {n.label}
              </text>
              {n.ending && n.label !== ENDING_LABELS[n.ending] && (
                <text class="cr-label cr-kind" x={n.cx} y={n.cy + geometry.radius + 2 * line}>
                  {ENDING_LABELS[n.ending]}
                </text>
              )}
            </g>
          ))}
        </svg>
      </div>
      <p class="cr-legend">
        图例：实心并标有序号的是{who}经过的节点，粗实线是{who}走过的路，细线是没有走的分支，虚线表示要看对话情况才会走的分支，方块是结局，外圈标出对话停下的地方。
      </p>
      <h5>{who}的路径</h5>
      <ol class="cr-path-list">
        {state.path.map((id, i) => {
          const record = state.history[i];
          const option = record ? scenario.nodes[record.node]!.options!.find((o) => o.id === record.option) : undefined;
          const node = scenario.nodes[id]!;
          const verb = node.speaker === 'narrator' ? '的做法' : '回答';
          return (
            <li key={`${id}-${i}`}>
              <strong>{node.label}</strong>
              {node.ending ? `：结局“${node.ending.title}”（${ENDING_LABELS[node.ending.kind]}）` : option ? `：${who}${verb}“${option.text}”` : ''}
            </li>
          );
        })}
      </ol>
      <details class="cr-branches">
        <summary>以文字查看全部分支</summary>
        <ul>
          {map.nodes.map(({ id }) => {
            const node = scenario.nodes[id]!;
            return (
              <li key={id}>
                <strong>{node.label}</strong>
                {node.ending ? (
                  `：结局“${node.ending.title}”（${ENDING_LABELS[node.ending.kind]}）`
                ) : (
                  <ul>
                    {node.options!.map((o) => (
                      <li key={o.id}>
                        “{o.text.length > 24 ? `${o.text.slice(0, 24)}……` : o.text}” → {nextTargets(o.next).map((t) => (t.if ? `${label(t.to)}（视情况）` : label(t.to))).join(' 或 ')}
                        {o.if ? '（只在特定情况下出现）' : ''}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      </details>
    </figure>
  );
}
