// The case companies a practice workspace can start from (kept apart from the generator so views can name them without loading it).

export type WorkspaceId = 'retail' | 'logistics' | 'empty';

/** The case companies a workspace can start from (the case bible's 鲜邻超市 and 迅达物流). */
export const WORKSPACES: Readonly<Record<WorkspaceId, { readonly company: string; readonly description: string }>> = Object.freeze({
  retail: { company: '鲜邻超市', description: '社区生鲜连锁超市（总部苏州，6 家门店）：个人会员为主，另有学校、工厂食堂和物业公司的月结团购客户。' },
  logistics: { company: '迅达物流', description: '杭州的第三方物流公司：企业客户的零担运输和仓储配送，客服中心受理投诉并每季度回访合同客户。' },
  empty: { company: '空白工作区', description: '没有任何记录，从零开始建档。' },
});
