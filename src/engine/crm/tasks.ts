import type { WorkspaceId } from './workspaces';

/** A practice task a lab opens the CRM with (`/crm/?task=<id>`): which workspace, and what to do in it. */
export interface CrmTask {
  readonly id: string;
  readonly title: string;
  /** The lab that links to it (`/labs/<lab>/`). */
  readonly lab: string;
  readonly workspace: WorkspaceId;
  readonly steps: readonly string[];
}

/** The labs' tasks in the practice CRM. */
export const CRM_TASKS: readonly CrmTask[] = Object.freeze([
  {
    id: 'crm-implementation', lab: 'crm-implementation', workspace: 'retail', title: 'CRM 的实施：导入、清洗、分群',
    steps: [
      '在“数据”页导入 retail-transactions 数据集（订单流水），先看预览里被拒绝的行和原因，再确认写入',
      '在“客户”页点“查找重复客户”，逐组判断是不是同一人，合并确实重复的记录，并说明依据',
      '在“数据”页点“RFM/ABC 分析并写入标签”，按标签筛选出“重要保持客户”和“重要挽留客户”，各保存一个视图',
      '为这两类客户各记一条跟进（由谁、什么渠道、说什么、何时完成），把下次跟进日期设为本周内',
    ],
  },
  {
    id: 'customer-records', lab: 'customer-records', workspace: 'retail', title: '客户信息档案：建档与隐私',
    steps: [
      '新建一位个人会员和一家企业团购客户，填写档案（行业、区域、来源、负责人、同意营销联系）',
      '为企业客户填写 5C 信用等级，并记录一次拜访',
      '查看一位会员的完整手机号：系统会要求写明理由，理由记入审计日志；想一想哪些岗位需要看到完整号码',
      '检查档案：哪些字段缺失、哪些信息不该收集；导出客户名单（号码已脱敏）作为档案附件',
    ],
  },
  {
    id: 'key-accounts', lab: 'key-accounts', workspace: 'retail', title: '大客户管理：从数据选出关键客户',
    steps: [
      '在“数据”页运行 RFM/ABC 分析，标签写回客户',
      '筛选标签“ABC:A类”，按标签和最近订单找出 A 类中 R 低的客户',
      '把选定的关键客户的客户等级改为“关键客户”，并在“商机”页为其中一家建立商机',
      '看商机漏斗：各阶段金额和赢单率，写进大客户识别报告',
    ],
  },
  {
    id: 'logistics-complaints', lab: 'logistics-complaints', workspace: 'logistics', title: '物流投诉受理：六步走完一张工单',
    steps: [
      '在“工单”页新建一张投诉工单（选客户、类型、严重程度），按接收 → 分类 → 调查核实 → 处理 → 反馈 → 归档逐步推进，每一步写下做了什么',
      '留意每一步的时限：超时的步骤会标红；查看“提醒”页里超时的工单并先处理它',
      '归档后登记一次满意度回访',
    ],
  },
  {
    id: 'logistics-revisits', lab: 'logistics-revisits', workspace: 'logistics', title: '物流客户回访：计划、记录、统计',
    steps: [
      '在“客户”页按区域和负责人筛选合同客户，选出两组回访对象，保存为视图',
      '为每位回访对象记一条电话或上门回访（内容写客户的意见，下一步写后续跟进和日期）',
      '在“提醒”页核对今天到期和已超时的跟进',
      '对已归档的工单登记满意度回访（1–5 分），在“工单”页看满意率',
    ],
  },
]);

/** The task with this id, or null. */
export function crmTask(id: string | null | undefined): CrmTask | null {
  return CRM_TASKS.find((t) => t.id === id) ?? null;
}
