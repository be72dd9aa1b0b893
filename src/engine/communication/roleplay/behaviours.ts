import type { BehaviourKey, StepKey } from './types';

export interface Behaviour {
  readonly key: BehaviourKey;
  /** Chinese name shown to the learner, e.g. 致歉. */
  readonly label: string;
  /** `good` behaviours earn points on their step, `bad` ones lose them. */
  readonly kind: 'good' | 'bad';
  readonly step: StepKey;
  /** Points on `step` each time a reply shows the behaviour (negative for bad ones). */
  readonly points: number;
  readonly description: string;
  /**
   * The free-text rubric: regular-expression sources (Simplified Chinese) that recognise the behaviour in a
   * typed reply. Kept short and literal so a learner can see why a reply was read the way it was.
   */
  readonly patterns: readonly string[];
}

const TIME = [
  '[一二三四五六七八九十两半\\d]+\\s*分钟',
  '\\d{1,2}\\s*[点:：]\\s*\\d{0,2}',
  '[一二三四五六七八九十两]{1,3}点',
  '\\d+\\s*(分钟|小时|个?工作日|天)(之?内|以内)',
  '(今天|明天|今晚|当天|本周|周[一二三四五六日])(上午|中午|下午|晚上)?.{0,8}(之前|以前|前|以内|之内)',
  '(半|一|两|\\d+)个?小时(之?内|以内|后)',
];

/**
 * The behaviours a reply can show, each tied to one of the six process steps (`PROCESS_STEPS`) with the points it
 * earns or loses there. Scenario options carry them as tags; typed replies are read with `patterns`.
 * The bad behaviours follow chapter 7's table of 服务禁语 (推卸责任、指责客户、敷衍).
 */
export const BEHAVIOURS: Readonly<Record<BehaviourKey, Behaviour>> = Object.freeze({
  listen: {
    key: 'listen', label: '倾听与复述', kind: 'good', step: 'listen', points: 1,
    description: '让客户说完，复述确认问题。',
    patterns: ['您是说', '您的意思是', '我(先)?确认一下', '我(复述|重复)一下', '您刚才(说|提到)', '是这样吗', '对吗', '对吧', '您(慢慢|先|继续)说', '我(在|正在)听', '请您(详细)?说', '您说的是'],
  },
  apology: {
    key: 'apology', label: '致歉', kind: 'good', step: 'acknowledge', points: 1,
    description: '为给客户带来的不便真诚道歉。',
    patterns: ['抱歉', '对不起', '不好意思', '致歉', '道歉', '添麻烦', '给您带来(了)?(不便|麻烦|困扰|损失)', '是我们的(失误|错|问题|责任|疏忽)'],
  },
  empathy: {
    key: 'empathy', label: '认同感受', kind: 'good', step: 'acknowledge', points: 1,
    description: '说出对客户感受的理解。',
    patterns: ['理解您', '能理解', '我理解', '换(作|成)是我', '换谁都会', '(一定|肯定|确实)(很|非常)?(着急|生气|失望|担心|难受|委屈|不舒服|累|辛苦)', '您的心情', '辛苦', '让您(着急|担心|失望|受委屈|久等|跑|白等|白跑|多受)', '确实(不应该|不合理|让人)', '(怎么|哪)能让您', '难怪您'],
  },
  facts: {
    key: 'facts', label: '询问与核实', kind: 'good', step: 'facts', points: 1,
    description: '问清单号、经过和诉求，调取记录核实。',
    patterns: ['单号', '订单号', '运单', '账号', '卡号', '请问', '什么时候', '哪(天|一天|个|里)', '能(否|不能)?(提供|发|拍)', '照片', '截图', '核实', '核对', '查(一下|询|看|到|清)', '调(取|出)', '记录显示', '系统(显示|里)', '明细', '(有没有|是否)(接到|收到|遇到|填)'],
  },
  classify: {
    key: 'classify', label: '判断轻重缓急', kind: 'good', step: 'facts', points: 1,
    description: '判断问题的性质和紧急程度，分派给对的人。',
    patterns: ['紧急', '加急', '优先(处理)?', '升级(处理|给)', '(转|交)给.{0,6}(组|部|主管|经理|专员)', '请.{0,6}(主任|经理|主管)(过来|来)', '标(为|记|成)', '重大', '专人', '诈骗', '风险'],
  },
  remedy: {
    key: 'remedy', label: '提出解决方案', kind: 'good', step: 'solve', points: 1,
    description: '给出能解决问题的办法或补偿，最好让客户选择。',
    patterns: ['(给您|为您|帮您|马上|立即|现在|今天|全额|直接)(就)?(办理)?(退款|退还|退费|退回|赔偿|补偿|补发|换货|注销|免)', '补偿', '赔偿', '赔您', '理赔', '免(费|除|单|收)', '减免', '换(货|一双|一件|新)', '补发', '重新(发|寄|安排)', '安排', '升级(房|到)', '券', '报销', '(由我们|我们来)承担', '两个(方案|办法|选择)', '(您|你)(看|选)(看)?(哪|一下)', '(给您|为您|帮您).{0,8}(找|订|换|办|申请)', '退\\s*\\d+\\s*(元|块)', '退(二十|十)块', '注销', '套餐'],
  },
  promise: {
    key: 'promise', label: '具体承诺', kind: 'good', step: 'solve', points: 1,
    description: '承诺具体的动作、负责人和时间。',
    patterns: [...TIME, '我(来)?(亲自|负责)', '负责到底', '(马上|立刻|立即|现在就)(为您|给您|帮您|调|查|退订|把)', '(下周|明天|今晚|今天)我(会|来)?给您']
  },
  followup: {
    key: 'followup', label: '跟进回访', kind: 'good', step: 'follow-up', points: 1,
    description: '约定告知结果，处理后回访确认。',
    patterns: ['回电', '回访', '跟进', '(?<!不用|不必|别)再(给您)?(打(个)?电话|联系|确认)', '(会|再|第一时间|随时)(通知|告诉|告知|同步)(您|你)', '主动(给|联系|告诉|告知)', '进展', '结果(出来|一有)', '给(您|他|她)打(个)?电话', '短信通知', '会给您发', '发(一)?条(短信|消息)'],
  },
  record: {
    key: 'record', label: '登记与归档', kind: 'good', step: 'record', points: 1,
    description: '登记编号，记录经过和原因，推动改进。',
    patterns: ['登记', '记下', '记录下来', '记录在案', '工单', '编号', '录入', '归档', '存档', '备案', '上报', '改进', '写下', '汇总', '(书面)?报告', '建议', '填写', '标注', '写明', '记录(?!显示)'],
  },
  interrupt: {
    key: 'interrupt', label: '打断与辩解', kind: 'bad', step: 'listen', points: -1,
    description: '不等客户说完就辩解或讲规定。',
    patterns: ['(你|您)先听我', '听我(说|解释)', '不是这样的', '但是规定', '我跟你说', '按(照)?(收费)?(标准|规定|流程)', '正常(扣费|扣的)', '没有这个规定'],
  },
  blame: {
    key: 'blame', label: '指责客户', kind: 'bad', step: 'acknowledge', points: -2,
    description: '把问题推到客户身上。',
    patterns: ['(你|您)(自己)?(没|不)(看|注意|仔细|留意)', '(?<!不)是(你|您)(自己)?的(问题|原因|错|责任)', '怪(你|您)', '谁让(你|您)', '(你|您)(自己)?(填错|写错|选错|搞错|弄错)', '早干(嘛|什么)', '(你|您)是不是(忘|没|搞错|不小心)', '不讲理', '无理取闹', '情绪(比较|很|太)?激动', '很难沟通', '(你|您)(确定|肯定)订', '自己点了', '(您|你)再(把|去).{0,8}(拍|发|找|提供)'],
  },
  taboo: {
    key: 'taboo', label: '服务禁语', kind: 'bad', step: 'acknowledge', points: -2,
    description: '“你急什么”“这不归我管”“等通知吧”一类让客户更生气的话。',
    patterns: ['喂[,，]?\\s*什么事', '你急什么', '冷静一点', '别激动', '不用(这么)?紧张', '不归我管', '打别的电话', '公司规定就是这样', '我也没办法', '没办法', '不知道', '等通知', '随便', '(你|您)(要)?去投诉', '投诉(好了|也没用)', '爱(去)?投诉', '这是常识', '不可能', '你想怎么样', '(办|退|改)不了', '别多想', '(您|你)的自由', '您自己理解', '您去吧'],
  },
  shirk: {
    key: 'shirk', label: '推诿', kind: 'bad', step: 'solve', points: -2,
    description: '把责任推给别的部门、员工或合作方，让客户自己去找。',
    patterns: ['不是我们的(责任|问题)', '(快递员|网点|仓库|系统|商家|第三方|合作方|前台|夜班|那边|他们|预订部|财务|司机)(那边)?的(问题|责任|错)', '跟我们(现在的人)?(没|无)关', '(你|您)(自己)?(去|找)(问|找)?.{0,6}(那边|他们|商家|网点|经理)', '找别人', '转别的部门', '(查|管)不了', '(您|你)得(去|排号)', '(您|你)可以(自己)?去(看|问|找)', '(财务|技术|其他)部门(处理|负责)', '(看|查)不到', '(您|你)(直接)?(问|找)他们', '自己联系', '经理不批', '(那边|他们)的人', '(那边|他们)总是', '跟.{0,4}没(有)?关系', '(您|你)(重新|自己)(打印|送|跑|寄)', '按系统办事'],
  },
  vague: {
    key: 'vague', label: '敷衍', kind: 'bad', step: 'solve', points: -1,
    description: '“尽快”“再等等”之类没有内容的话。',
    patterns: ['尽快', '尽量', '再等等', '耐心等', '稍等', '稍后', '过(几|两)天', '应该(会|能|可以|快|跟)', '可能', '估计', '看情况', '回头', '快了', '一定没问题', '放心吧', '相关部门', '好商量'],
  },
  overpromise: {
    key: 'overpromise', label: '过度承诺', kind: 'bad', step: 'follow-up', points: -1,
    description: '为了让客户挂电话，承诺做不到的事。',
    patterns: ['保证.{0,6}(一定|马上|绝对)', '一定(会|能)?(马上|立刻)', '绝对', '百分之百', '100%', '马上(就)?(到|好|解决|退)', '包您满意', '我做主', '通融', '(答应|给您|就按|按)退一赔三', '腾出'],
  },
} satisfies Record<BehaviourKey, Behaviour>);

export const BEHAVIOUR_KEYS: readonly BehaviourKey[] = Object.freeze(Object.keys(BEHAVIOURS) as BehaviourKey[]);
