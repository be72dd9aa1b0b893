import { z } from 'astro/zod';
import { BEHAVIOUR_KEYS } from '../engine/communication/roleplay/behaviours';
import { parseCondition } from '../engine/communication/roleplay/condition';
import { STEP_KEYS } from '../engine/communication/roleplay/process-steps';
import type { BehaviourKey, Scenario, StepKey } from '../engine/communication/roleplay/types';
import { validateScenario } from '../engine/communication/roleplay/validate-scenario';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const nodeId = z.string().regex(kebab, '节点 id 须为 kebab-case (node ids are kebab-case)');

/** A condition such as `apology == 0 and turn >= 3` (grammar in MODEL.md); it must parse. */
const condition = z.string().superRefine((text, ctx) => {
  try {
    parseCondition(text);
  } catch (error) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
  }
});

/** Changes to the four outcomes; every field defaults to 0. */
const effects = z
  .object({
    /** The customer's satisfaction (mood), points on a 0–100 scale; + calms, − angers. */
    satisfaction: z.number().int().min(-100).max(100).optional(),
    /** Risk of losing the customer, points on a 0–100 scale. */
    risk: z.number().int().min(-100).max(100).optional(),
    /** Cost of the remedy committed here, 元; never negative. */
    cost: z.number().min(0).optional(),
    /** Minutes this step takes. */
    minutes: z.number().min(0).optional(),
  })
  .strict();

/** Text shown to the learner: one string, or variants `{ if, text }` of which the first that holds is used (the last has no `if`). */
const conditionalText = z.union([
  z.string().min(2),
  z.array(z.object({ /** When this variant is used. */ if: condition.optional(), /** The words. */ text: z.string().min(2) }).strict()).min(1),
]);

/** Where an option leads: a node id, or `{ if, to }` branches tried in order (the last has no `if`). */
const next = z.union([
  nodeId,
  z.array(z.object({ /** The branch is taken when this holds. */ if: condition.optional(), /** The node it leads to. */ to: nodeId }).strict()).min(1),
]);

const option = z
  .object({
    /** Stable id within the node (kebab-case), e.g. `apologise`; used in history and share links. */
    id: z.string().regex(kebab),
    /** What the agent says or does. */
    text: z.string().min(2),
    /** Behaviours the reply shows (they score the six process steps): listen, apology, empathy, facts, classify, remedy, promise, followup, record, interrupt, blame, taboo, shirk, vague, overpromise. */
    tags: z.array(z.enum(BEHAVIOUR_KEYS as [BehaviourKey, ...BehaviourKey[]])).default([]),
    /** best / good / weak / bad at this moment; the debrief offers the better ones. */
    quality: z.enum(['best', 'good', 'weak', 'bad']),
    /** Why the reply is good or bad, one or two sentences (shown in the debrief). */
    why: z.string().min(6),
    /** The customer's immediate answer to this reply. */
    reaction: z.string().min(2).optional(),
    /** Changes to the outcomes. */
    effects: effects.optional(),
    /** Script variables this reply sets (declared under `variables`). */
    set: z.record(z.string(), z.union([z.boolean(), z.number()])).optional(),
    /** Offer the option only when this holds. */
    if: condition.optional(),
    /** The node it leads to. */
    next,
  })
  .strict();

const node = z
  .object({
    /** 2–10 characters for the path map, e.g. 开场, 核实. */
    label: z.string().min(2).max(10),
    /** The process step this moment mostly tests: listen, acknowledge, facts, solve, follow-up, record. */
    stage: z.enum(STEP_KEYS as [StepKey, ...StepKey[]]),
    /** `customer` speaks (default), or the `narrator` describes the situation (after the call, the next day). */
    speaker: z.enum(['customer', 'narrator']).default('customer'),
    /** The customer's words (or the narration). */
    line: conditionalText,
    /** Changes applied on arriving here. */
    effects: effects.optional(),
    /** 2–4 replies to choose from; absent on an ending. */
    options: z.array(option).min(2).max(4).optional(),
    /** Present on an ending node: how the conversation ended. */
    ending: z
      .object({
        /** resolved 圆满解决 / partial 勉强接受 / escalated 投诉升级 / lost 客户流失. */
        kind: z.enum(['resolved', 'partial', 'escalated', 'lost']),
        /** A short title, e.g. 客户留下了. */
        title: z.string().min(2),
        /** What happened afterwards. */
        text: z.string().min(6),
      })
      .strict()
      .optional(),
  })
  .strict();

/** One complaint role-play script (`content/scenarios/<id>.yaml`). */
export const scenarioSchema = z
  .object({
    /** Position in the scenario list. */
    order: z.number().int().min(1),
    /** Title shown in the list, e.g. 包裹延误:差点误了投标的标书. */
    title: z.string().min(4),
    /** The (invented) company. */
    company: z.string().min(2),
    /** Its industry, e.g. 物流快递. */
    industry: z.string().min(2),
    /** How the customer reaches the agent: 电话, 柜台, 在线客服, 酒店前台. */
    channel: z.string().min(2),
    /** Who the learner plays, e.g. 迅达物流客服热线专员. */
    role: z.string().min(2),
    /** What the learner is told before starting, two or three sentences. */
    summary: z.string().min(20),
    /** The customer. */
    customer: z
      .object({
        /** How the agent addresses the customer, e.g. 周女士. */
        name: z.string().min(2),
        /** Temperament: angry 急躁愤怒, anxious 焦虑不安, sarcastic 冷嘲热讽, quiet 沉默将走, assertive 强硬维权. */
        persona: z.enum(['angry', 'anxious', 'sarcastic', 'quiet', 'assertive']),
        /** Who the customer is and what happened, as the agent sees it. */
        profile: z.string().min(10),
      })
      .strict(),
    /** Compensation a front-line agent may grant without asking, 元. */
    authority: z.number().min(0),
    /** Starting outcomes: satisfaction and risk of losing the customer, 0–100. */
    initial: z.object({ satisfaction: z.number().int().min(0).max(100), risk: z.number().int().min(0).max(100) }).strict(),
    /** The first node. */
    start: nodeId,
    /** The script's own variables: name → `{ initial, meaning }` (set by options, read by conditions). */
    variables: z.record(z.string(), z.object({ initial: z.union([z.boolean(), z.number()]), meaning: z.string().min(2) }).strict()).default({}),
    /** The conversation: node id → node. */
    nodes: z.record(nodeId, node),
    /** Points the debrief closes with. */
    lessons: z.array(z.string().min(6)).default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const issue of validateScenario({ ...data, id: '' } as Scenario)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [...issue.path], message: issue.message });
    }
  });

export type ScenarioData = z.output<typeof scenarioSchema>;

// The role-play island's props; it imports them from here, never from the loaders in scenarios.ts.

/** What the role-play's scenario list shows before a script is loaded. */
export type ScenarioSummary = Pick<Scenario, 'id' | 'title' | 'company' | 'industry' | 'channel' | 'role' | 'summary' | 'customer'>;
