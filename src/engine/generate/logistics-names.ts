// Invented, anonymised names only ("城市 + 某 + 行业"): never a real company's name.

/** Regions with their share of customers and the cities a customer there may be named after. */
export const LOGISTICS_REGIONS = [
  { region: '华东', weight: 0.38, places: ['上海', '苏州', '杭州', '宁波', '南京', '无锡', '合肥', '温州', '义乌', '华东'] },
  { region: '华南', weight: 0.2, places: ['广州', '深圳', '东莞', '佛山', '厦门', '泉州', '华南'] },
  { region: '华北', weight: 0.15, places: ['北京', '天津', '青岛', '济南', '石家庄', '华北'] },
  { region: '华中', weight: 0.11, places: ['武汉', '长沙', '郑州', '南昌', '华中'] },
  { region: '西南', weight: 0.08, places: ['成都', '重庆', '昆明', '贵阳', '西南'] },
  { region: '西北', weight: 0.04, places: ['西安', '兰州', '乌鲁木齐', '西北'] },
  { region: '东北', weight: 0.04, places: ['沈阳', '大连', '长春', '哈尔滨', '东北'] },
] as const;

/** Industries: the nouns that name their firms, and the logistics company's revenue per shipment (yuan). */
export const LOGISTICS_INDUSTRIES = [
  { industry: '电商', nouns: ['电商', '电商平台', '网店', '直播电商'], yuanPerShipment: 12 },
  { industry: '快消品', nouns: ['食品公司', '饮料厂', '日化企业', '快消品经销商'], yuanPerShipment: 180 },
  { industry: '汽车零部件', nouns: ['汽配厂', '汽车零部件公司', '轮胎经销商'], yuanPerShipment: 450 },
  { industry: '医药', nouns: ['医药公司', '药业公司', '连锁药房', '医疗器械公司'], yuanPerShipment: 260 },
  { industry: '家电制造', nouns: ['家电厂', '家电制造商', '小家电企业'], yuanPerShipment: 380 },
  { industry: '服装纺织', nouns: ['服装厂', '纺织公司', '服饰品牌'], yuanPerShipment: 60 },
  { industry: '生鲜冷链', nouns: ['生鲜配送商', '冷链食品公司', '水产公司', '乳品企业'], yuanPerShipment: 520 },
  { industry: '电子元器件', nouns: ['电子厂', '元器件贸易商', '电子科技公司'], yuanPerShipment: 150 },
  { industry: '建材家居', nouns: ['建材公司', '家具厂', '陶瓷厂', '家居品牌'], yuanPerShipment: 650 },
  { industry: '化工', nouns: ['化工厂', '涂料公司', '化工贸易商'], yuanPerShipment: 900 },
  { industry: '图书文具', nouns: ['图书发行公司', '文具公司', '出版物配送商'], yuanPerShipment: 45 },
  { industry: '跨境贸易', nouns: ['外贸公司', '跨境电商', '进出口公司'], yuanPerShipment: 220 },
] as const;

export type LogisticsIndustry = (typeof LOGISTICS_INDUSTRIES)[number]['industry'];
