// Names are short on purpose: 45,000 rows of Chinese text must stay under 3 MB.
/** Four invented store networks; a student's variant gets one of them. */
export const RETAIL_REGIONS = [
  { region: '华东', stores: ['上海1店', '上海2店', '杭州店', '南京店', '苏州店', '宁波店'] },
  { region: '华南', stores: ['广州1店', '广州2店', '深圳店', '佛山店', '东莞店', '厦门店'] },
  { region: '华北', stores: ['北京1店', '北京2店', '天津店', '济南店', '青岛店', '石家庄店'] },
  { region: '华中西南', stores: ['武汉1店', '武汉2店', '成都店', '重庆店', '长沙店', '昆明店'] },
] as const;

/** Relative size of the six stores (the flagship first). */
export const STORE_WEIGHTS = [0.26, 0.2, 0.17, 0.14, 0.13, 0.1] as const;

export const CHANNELS = ['门店', '小程序', '外卖', '团购'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Orders per hour of the day from 07:00 to 22:00, by channel (relative). */
export const HOUR_WEIGHTS: Readonly<Record<Channel, readonly number[]>> = {
  门店: [1, 3, 5, 7, 6, 4, 3, 3, 4, 5, 8, 9, 8, 5, 2, 0.5],
  小程序: [1, 2, 3, 4, 4, 5, 4, 3, 3, 3, 4, 4, 5, 7, 8, 6],
  外卖: [0.5, 1, 2, 4, 9, 8, 3, 2, 2, 3, 7, 9, 7, 4, 3, 2],
  团购: [0.5, 1, 2, 2, 2, 3, 2, 2, 2, 2, 2, 3, 5, 8, 9, 6],
};
export const FIRST_HOUR = 7;

/** 生鲜果蔬, 粮油副食, 休闲零食, 酒水饮料, 日化清洁, 个护美妆, 母婴用品, 家居百货, 家电数码. */
export const CATEGORIES = ['生鲜', '粮油', '零食', '酒饮', '日化', '美妆', '母婴', '家居', '家电'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Share of order lines per category on an ordinary day, and the median amount of one line (yuan). */
export const CATEGORY_BASE = {
  weight: [0.22, 0.16, 0.15, 0.11, 0.11, 0.08, 0.05, 0.08, 0.04],
  median: [42, 56, 34, 72, 49, 98, 145, 62, 380],
  /** Relative chance that a line is returned. */
  returns: [0.6, 0.5, 0.5, 0.8, 0.8, 1.5, 1.2, 1.2, 2.2],
} as const;
