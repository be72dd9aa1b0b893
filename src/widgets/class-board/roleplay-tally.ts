// The role-play's paths read on their script, in words. Loaded with the script (scenario-script.ts): replaying a
// path needs the role-play engine, which a board without role-play codes never loads.
import { startRoleplay } from '../../engine/communication/roleplay/start-roleplay';
import type { Scenario } from '../../engine/communication/roleplay/types';
import { countPaths } from '../../engine/result-code/class-submissions';
import { replayRoleplayCode } from '../../engine/result-code/roleplay-answers';
import type { ResultRecord } from '../../engine/result-code/types';
import { shortReply } from './short-reply';
import type { TallyRow, TallyStep } from './tally';

/**
 * The paths of `scenario`'s codes, most taken first: each path is 路径 n（结局：…）with its replies in words; a reply
 * the script no longer has at that point (the script was edited after the code was made) stays a number.
 * @throws when the script cannot be played (checked once, before any code is read on it).
 */
export function roleplayTally(scenario: Scenario): (records: readonly ResultRecord[]) => TallyRow[] {
  startRoleplay(scenario);
  return (records) =>
    countPaths(records).map((path, k) => {
      const bars = [{ label: '人数', count: path.count }];
      const replay = replayRoleplayCode(scenario, path.answers);
      const steps = path.answers.map((option, step): TallyStep => {
        const turn = replay.state.history[step];
        const text = turn && scenario.nodes[turn.node]?.options?.find((o) => o.id === turn.option)?.text;
        return { label: `第 ${step + 1} 步`, reply: text ? shortReply(text) : `选 ${option}（剧本里已没有这个选项）` };
      });
      const ending = scenario.nodes[replay.state.node]?.ending?.title;
      const note = !replay.complete ? '与现在的剧本对不上' : ending ? `结局：${ending}` : path.answers.length === 0 ? '没有回复' : '没有走完';
      return { label: `路径 ${k + 1}（${note}）`, bars, steps };
    });
}
