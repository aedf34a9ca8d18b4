// Controlled vocabulary for a measure's instrument type.
//
// The PI0xx codes, labels and category placement follow the OECD / EC STIP Compass policy
// instrument taxonomy as used in the 2023 STIP survey data (column InstrumentTypeCode, labels
// "Category|Instrument"); they were checked against two independent reproductions of that
// list, not against the OECD site itself. STIP Compass files standards and public-awareness
// campaigns under Governance, and that placement is kept here.
// Chinese practice that STIP has no type for gets local codes prefixed CN-; those are ours and
// will never collide with an OECD code.
//
// `keywords` are words that, found in an imported article, suggest the type. They are hints
// for a human, not a classifier, so overlap between types is acceptable.

export interface InstrumentType {
  code: string;
  category: 'governance' | 'direct-financial' | 'indirect-financial' | 'collaborative' | 'guidance-regulation';
  en: string;
  zh: string;
  keywords: string[];
  note?: string;
}

export const INSTRUMENT_CATEGORIES: { id: InstrumentType['category']; en: string; zh: string }[] = [
  { id: 'governance', en: 'Governance', zh: '治理' },
  { id: 'direct-financial', en: 'Direct financial support', zh: '直接财政支持' },
  { id: 'indirect-financial', en: 'Indirect financial support', zh: '间接财政支持' },
  { id: 'collaborative', en: 'Collaborative infrastructures (soft and physical)', zh: '协作基础设施' },
  { id: 'guidance-regulation', en: 'Guidance, regulation and incentives', zh: '引导、规制与激励' },
];

const STIP_TYPES: InstrumentType[] = [
  // Governance
  { code: 'PI024', category: 'governance', en: 'Strategies, agendas and plans', zh: '战略、规划与行动计划',
    keywords: ['规划', '行动计划', '行动方案', '实施方案', '实施意见', '指导意见', '三年行动', '路线图'] },
  { code: 'PI030', category: 'governance', en: 'Creation or reform of governance structure or public body', zh: '设立或改革治理机构',
    keywords: ['领导小组', '成立', '组建', '机构改革', '管理委员会', '推进办公室'] },
  { code: 'PI031', category: 'governance', en: 'Policy intelligence (e.g. evaluations, benchmarking and forecasts)', zh: '政策研究与评估',
    keywords: ['评估', '监测', '图谱', '产业链图谱', '白皮书', '统计监测', '第三方评估', '考核'] },
  { code: 'PI025', category: 'governance', en: 'Formal consultation of stakeholders or experts', zh: '征求意见与专家咨询',
    keywords: ['征求意见', '专家咨询', '专家委员会', '咨询委员会', '座谈会', '智库'] },
  { code: 'PI026', category: 'governance', en: 'Horizontal STI coordination bodies', zh: '跨部门协调机制',
    keywords: ['联席会议', '协调机制', '统筹协调', '部门协同', '省市联动'] },
  { code: 'PI033', category: 'governance', en: 'Regulatory oversight and ethical advice bodies', zh: '监管与伦理咨询机构',
    keywords: ['监管', '伦理委员会', '科技伦理', '安全审查'] },
  { code: 'PI027', category: 'governance', en: 'Standards and certification for technology development and adoption', zh: '标准与认证',
    keywords: ['标准', '团体标准', '国家标准', '行业标准', '认证', '检验检测', '计量'] },
  { code: 'PI028', category: 'governance', en: 'Public awareness campaigns and other outreach activities', zh: '宣传推广',
    keywords: ['宣传', '推介', '品牌推广', '博览会', '展会', '新闻发布会', '宣传周'] },

  // Direct financial support
  { code: 'PI006', category: 'direct-financial', en: 'Institutional funding for public research', zh: '公共科研机构经费',
    keywords: ['科研院所', '基本科研业务费', '稳定支持', '研究院建设'] },
  { code: 'PI007', category: 'direct-financial', en: 'Project grants for public research', zh: '公共科研项目资助',
    keywords: ['科技专项', '重大科技专项', '科研项目', '自然科学基金', '揭榜挂帅'] },
  { code: 'PI008', category: 'direct-financial', en: 'Grants for business R&D and innovation', zh: '企业研发与创新补助',
    keywords: ['补助', '补贴', '奖补', '奖励', '专项资金', '资金支持', '研发费用补助', '技术改造'] },
  { code: 'PI009', category: 'direct-financial', en: 'Centres of excellence grants', zh: '卓越中心资助',
    keywords: ['制造业创新中心', '技术创新中心', '重点实验室', '省实验室', '工程研究中心'] },
  { code: 'PI010', category: 'direct-financial', en: 'Procurement programmes for R&D and innovation', zh: '研发与创新采购',
    keywords: ['政府采购', '首购', '订购', '创新产品目录'] },
  { code: 'PI011', category: 'direct-financial', en: 'Fellowships and postgraduate loans and scholarships', zh: '奖学金与研究资助',
    keywords: ['奖学金', '博士后', '青年科学家', '研究生'] },
  { code: 'PI012', category: 'direct-financial', en: 'Loans and credits for innovation in firms', zh: '贷款与信贷支持',
    keywords: ['贷款', '贴息', '信贷', '科技贷', '融资', '专项再贷款', '授信'] },
  { code: 'PI013', category: 'direct-financial', en: 'Equity financing', zh: '股权投资（含政府引导基金）',
    keywords: ['引导基金', '产业基金', '产业投资基金', '母基金', '股权投资', '创业投资', '风险投资', '天使投资', '基金'],
    note: 'Government guidance funds (政府引导基金) and fund-of-funds are equity financing in STIP terms.' },
  { code: 'PI014', category: 'direct-financial', en: 'Innovation vouchers', zh: '创新券',
    keywords: ['创新券', '科技创新券', '服务券'] },

  // Indirect financial support
  { code: 'PI015', category: 'indirect-financial', en: 'Tax or social contributions relief for firms investing in R&D and innovation', zh: '企业研发税收优惠',
    keywords: ['税收优惠', '加计扣除', '减免', '高新技术企业', '所得税', '增值税', '留抵退税'] },
  { code: 'PI016', category: 'indirect-financial', en: 'Tax relief for individuals supporting R&D and innovation', zh: '个人税收优惠',
    keywords: ['个人所得税', '个税', '天使投资人'] },
  { code: 'PI029', category: 'indirect-financial', en: 'Debt guarantees and risk sharing schemes', zh: '融资担保与风险分担',
    keywords: ['担保', '融资担保', '风险补偿', '风险分担', '保险补偿', '风险资金池'] },

  // Collaborative infrastructures
  { code: 'PI021', category: 'collaborative', en: 'Networking and collaborative platforms', zh: '协作网络与平台',
    keywords: ['产业联盟', '联盟', '创新联合体', '协会', '对接会', '产需对接', '合作平台', '产学研'] },
  { code: 'PI022', category: 'collaborative', en: 'Dedicated support to research and technical infrastructures', zh: '科研与技术基础设施',
    keywords: ['中试基地', '公共服务平台', '大科学装置', '算力中心', '检测平台', '共性技术平台'] },
  { code: 'PI023', category: 'collaborative', en: 'Information services and access to datasets', zh: '信息服务与数据开放',
    keywords: ['数据开放', '信息服务', '数据库', '公共数据', '信息平台'] },

  // Guidance, regulation and incentives
  { code: 'PI017', category: 'guidance-regulation', en: 'Technology extension and business advisory services', zh: '技术推广与企业咨询服务',
    keywords: ['诊断', '数字化转型诊断', '咨询服务', '服务企业', '万人助万企', '上门服务'] },
  { code: 'PI032', category: 'guidance-regulation', en: 'Science and technology regulation and soft law', zh: '科技法规与软法',
    keywords: ['条例', '管理办法', '办法', '法规', '准入', '负面清单'] },
  { code: 'PI018', category: 'guidance-regulation', en: 'Labour mobility regulation and incentives', zh: '人才流动政策',
    keywords: ['人才引进', '引才', '柔性引进', '落户', '人才流动'] },
  { code: 'PI019', category: 'guidance-regulation', en: 'Intellectual property regulation and incentives', zh: '知识产权',
    keywords: ['知识产权', '专利', '商标', '知识产权保护'] },
  { code: 'PI020', category: 'guidance-regulation', en: 'Science and innovation challenges, prizes and awards', zh: '创新竞赛与奖项',
    keywords: ['大赛', '创新创业大赛', '评选', '科技进步奖', '挑战赛'] },
];

const CN_TYPES: InstrumentType[] = [
  { code: 'CN-CHAIN-CHIEF', category: 'governance', en: 'Chain-chief system', zh: '链长制',
    keywords: ['链长', '链长制', '链主', '链主企业', '双链长'] },
  { code: 'CN-TASK-FORCE', category: 'governance', en: 'Special work team', zh: '工作专班',
    keywords: ['工作专班', '专班', '专项工作组'] },
  { code: 'CN-LAND', category: 'indirect-financial', en: 'Land supply and land-price concessions', zh: '用地保障与地价优惠',
    keywords: ['用地', '土地', '用地指标', '标准地', '地价', '出让价', '工业用地'],
    note: 'A concession priced into land rather than a transfer, hence indirect.' },
  { code: 'CN-ENERGY-PRICE', category: 'indirect-financial', en: 'Electricity and energy price support', zh: '电价与能源要素支持',
    keywords: ['电价', '电费', '用能', '能耗指标', '绿电', '直供电'] },
  { code: 'CN-TALENT', category: 'direct-financial', en: 'Talent subsidies and housing', zh: '人才补贴与安居',
    keywords: ['人才补贴', '安家费', '人才公寓', '购房补贴', '生活补贴', '人才计划'] },
  { code: 'CN-INVESTMENT', category: 'guidance-regulation', en: 'Investment attraction', zh: '招商引资',
    keywords: ['招商引资', '招商', '签约', '项目落地', '以商招商', '链式招商', '基金招商'] },
  { code: 'CN-FIRST-UNIT', category: 'direct-financial', en: 'First-unit (set) major equipment support', zh: '首台（套）支持',
    keywords: ['首台套', '首台（套）', '首批次', '首版次', '首台(套)'],
    note: 'Usually an award or an insurance-premium subsidy for the first units of new equipment or materials.' },
  { code: 'CN-DEMONSTRATION', category: 'guidance-regulation', en: 'Demonstration and pilot projects', zh: '示范项目与试点',
    keywords: ['示范', '试点', '示范项目', '示范工程', '标杆', '灯塔工厂'] },
  { code: 'CN-SPECIALISED-SME', category: 'guidance-regulation', en: 'Specialised and sophisticated SME cultivation', zh: '专精特新培育',
    keywords: ['专精特新', '小巨人', '单项冠军', '梯度培育', '瞪羚企业', '独角兽'] },
  { code: 'CN-SCENARIO', category: 'guidance-regulation', en: 'Opening application scenarios', zh: '应用场景开放',
    keywords: ['应用场景', '场景开放', '场景清单', '示范应用'] },
  { code: 'CN-PARK', category: 'collaborative', en: 'Industrial parks and bases', zh: '产业园区与基地',
    keywords: ['产业园', '园区', '产业基地', '开发区', '高新区', '集聚区'] },
  { code: 'CN-CLUSTER', category: 'collaborative', en: 'Cluster and chain cultivation programmes', zh: '产业集群与产业链培育',
    keywords: ['产业集群', '先进制造业集群', '补链', '延链', '强链', '建链'],
    note: 'STIP treats cluster policy as a theme (TH47), not an instrument type.' },
  { code: 'CN-TECH-TRANSFER', category: 'collaborative', en: 'Science-industry technology transfer', zh: '科技成果转化',
    keywords: ['成果转化', '技术转移', '技术交易', '概念验证'],
    note: 'STIP treats this as a theme (TH43), not an instrument type.' },
];

export const INSTRUMENT_TYPES: InstrumentType[] = [...STIP_TYPES, ...CN_TYPES];
