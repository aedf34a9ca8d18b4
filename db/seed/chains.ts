// Starter taxonomy of industrial chains. Users edit the tree in the app; this only seeds it.
//
// `key` seeds each node's UUID, so colleagues' databases agree on ids. Never rename or reuse a
// key: give a renamed node its old key, and a new node a new one.
//
// Model: three families of root clusters, no grouping node above them.
// - Henan's "7+28+N" clusters are named "河南·新材料" etc. The same words recur elsewhere (the
//   national strategic emerging industries also have 新材料 and 新能源汽车), and a provincial
//   programme is a regional scheme, not a national category; the 河南· prefix keeps root names
//   unique and leaves room for other provinces' schemes ("湖北·…") without renaming anything.
//   Article wording (新材料产业集群) lives in synonyms, so text lookups still find them.
// - Future-industry tracks (未来制造 …), the six directions named nationally by MIIT and adopted
//   by Henan as its "N".
// - National strategic emerging industries, named as in 《战略性新兴产业分类(2018)》.
// Below the roots only sibling names must differ: 生物医药 may sit under both 河南·现代医药 and
// 生物产业; the UI shows the path, and the key tells them apart.
import * as OpenCC from 'opencc-js';

export interface ChainSeed {
  key: string;
  name: string;
  en: string;
  level: 'cluster' | 'chain' | 'segment';
  synonyms?: string[];
  children?: ChainSeed[];
}

const cluster = (key: string, name: string, en: string, synonyms: string[], children: ChainSeed[]): ChainSeed =>
  ({ key, name, en, level: 'cluster', synonyms, children });

const chain = (key: string, name: string, en: string, synonyms: string[] = [], children?: ChainSeed[]): ChainSeed =>
  ({ key, name, en, level: 'chain', synonyms, ...(children ? { children } : {}) });

// Articles say "光电产业链上游" or "光电上游", so both phrasings are synonyms of each stage.
function stages(chainKey: string, chainName: string, up: [string, string], mid: [string, string], down: [string, string]): ChainSeed[] {
  const stage = (slug: string, position: string, [name, en]: [string, string]): ChainSeed => ({
    key: `${chainKey}.${slug}`, name, en, level: 'segment',
    synonyms: [`${chainName}${position}`, `${chainName}产业链${position}`],
  });
  return [stage('upstream', '上游', up), stage('midstream', '中游', mid), stage('downstream', '下游', down)];
}

// Henan's chains as published in 2023 (《河南省培育壮大尼龙新材料等27个重点产业链行动方案》 plus
// the separate 超硬材料 plan). The official list has 28; this starter set has 30 and was not
// checked line by line against it: some names are approximations, on purpose left for the user
// to edit rather than guessed more finely.
const HENAN: ChainSeed[] = [
  cluster('henan.new-materials', '河南·新材料', 'Henan: new materials', ['新材料产业集群', '河南新材料产业集群'], [
    chain('henan.new-materials.superhard', '超硬材料', 'Superhard materials', ['先进超硬材料', '人造金刚石', '培育钻石'],
      stages('henan.new-materials.superhard', '超硬材料',
        ['原辅材料与合成装备', 'Raw materials and synthesis presses'],
        ['金刚石与立方氮化硼单晶', 'Diamond and cBN crystals'],
        ['超硬制品与培育钻石', 'Superhard tools and lab-grown diamonds'])),
    chain('henan.new-materials.nylon', '尼龙新材料', 'Nylon materials', ['尼龙']),
    chain('henan.new-materials.copper', '先进铜基材料', 'Advanced copper-based materials', ['铜基新材料', '铜基材料']),
    chain('henan.new-materials.aluminium', '铝基新材料', 'Aluminium-based materials', ['铝基材料', '铝精深加工']),
    chain('henan.new-materials.alloys', '先进合金', 'Advanced alloys', ['先进合金材料']),
    chain('henan.new-materials.chemical', '化工新材料', 'New chemical materials', ['电子化学品']),
  ]),
  cluster('henan.nev', '河南·新能源汽车', 'Henan: new-energy vehicles', ['新能源汽车产业集群', '河南新能源汽车产业集群'], [
    chain('henan.nev.vehicles', '新能源整车', 'NEV assembly', ['新能源汽车整车', '新能源客车', '新能源乘用车']),
    chain('henan.nev.batteries', '动力电池', 'Traction batteries', ['锂电池', '锂离子电池'],
      stages('henan.nev.batteries', '动力电池',
        ['电池材料', 'Battery materials'],
        ['电芯与电池系统', 'Cells and battery packs'],
        ['整车配套与回收利用', 'Vehicle integration and recycling'])),
    chain('henan.nev.components', '汽车零部件', 'Auto parts', ['汽车电子']),
    chain('henan.nev.connected', '智能网联汽车', 'Intelligent connected vehicles', ['车联网', '自动驾驶']),
  ]),
  cluster('henan.electronic-info', '河南·电子信息', 'Henan: electronic information', ['电子信息产业集群', '河南电子信息产业集群'], [
    chain('henan.electronic-info.display-terminals', '新型显示和智能终端', 'New displays and smart terminals', ['新型显示', '智能终端']),
    chain('henan.electronic-info.sensors', '智能传感器', 'Smart sensors', ['传感器']),
    chain('henan.electronic-info.optoelectronics', '光电', 'Optoelectronics', ['光电信息', '光通信'],
      stages('henan.electronic-info.optoelectronics', '光电',
        ['光学材料与元器件', 'Optical materials and components'],
        ['光电器件与模组', 'Optoelectronic devices and modules'],
        ['光电应用', 'Optoelectronic applications'])),
    chain('henan.electronic-info.computing', '先进计算', 'Advanced computing', ['算力', '服务器']),
    chain('henan.electronic-info.ic', '集成电路', 'Integrated circuits', ['半导体', '芯片']),
  ]),
  cluster('henan.equipment', '河南·先进装备', 'Henan: advanced equipment', ['先进装备产业集群', '河南先进装备产业集群', '装备制造'], [
    chain('henan.equipment.power', '新型电力装备', 'New power equipment', ['新能源装备', '电力装备']),
    chain('henan.equipment.construction', '先进工程机械', 'Construction machinery', ['工程机械', '盾构']),
    chain('henan.equipment.agri-machinery', '先进农机装备', 'Agricultural machinery', ['农机装备', '农机']),
    chain('henan.equipment.robots-cnc', '机器人和数控机床', 'Robots and CNC machine tools', ['机器人', '数控机床', '工业母机']),
    chain('henan.equipment.aerospace', '航空航天及卫星应用', 'Aerospace and satellite applications', ['航空航天', '卫星应用']),
  ]),
  cluster('henan.pharma', '河南·现代医药', 'Henan: modern medicine', ['现代医药产业集群', '河南现代医药产业集群'], [
    chain('henan.pharma.biopharma', '生物医药', 'Biopharmaceuticals', ['生物制药', '创新药']),
    chain('henan.pharma.devices', '高端医疗器械', 'High-end medical devices', ['医疗器械']),
  ]),
  cluster('henan.food', '河南·现代食品', 'Henan: modern food', ['现代食品产业集群', '河南现代食品产业集群', '食品产业'], [
    chain('henan.food.snacks', '休闲食品', 'Snack foods'),
    chain('henan.food.cold-chain', '冷链食品', 'Cold-chain foods', ['速冻食品']),
    chain('henan.food.prepared-meals', '预制菜', 'Prepared meals'),
    chain('henan.food.beverages', '酒饮品', 'Liquor and beverages', ['酒业', '白酒', '饮料']),
    chain('henan.food.agri-processing', '特色农产品加工', 'Specialty farm-produce processing', ['农产品精深加工']),
  ]),
  cluster('henan.light-textile', '河南·现代轻纺', 'Henan: modern light industry and textiles', ['现代轻纺产业集群', '河南现代轻纺产业集群'], [
    chain('henan.light-textile.home', '现代家居', 'Modern home furnishings', ['家居']),
    chain('henan.light-textile.apparel', '品牌服装', 'Branded apparel', ['服装', '纺织服装']),
    chain('henan.light-textile.appliances', '智能家电', 'Smart home appliances', ['家电']),
  ]),
];

// Six directions of MIIT's 2024 《关于推动未来产业创新发展的实施意见》; chains are examples.
const FUTURE: ChainSeed[] = [
  cluster('future.manufacturing', '未来制造', 'Future manufacturing', [], [
    chain('future.manufacturing.humanoid-robots', '人形机器人', 'Humanoid robots', ['具身智能']),
    chain('future.manufacturing.biomanufacturing', '生物制造', 'Biomanufacturing'),
    chain('future.manufacturing.laser', '激光制造', 'Laser manufacturing'),
  ]),
  cluster('future.information', '未来信息', 'Future information', [], [
    chain('future.information.quantum', '量子科技', 'Quantum technology', ['量子信息', '量子计算', '量子通信']),
    chain('future.information.6g', '6G', '6G', ['未来网络']),
    chain('future.information.brain-inspired', '类脑智能', 'Brain-inspired intelligence'),
    chain('future.information.general-ai', '通用人工智能', 'General-purpose AI', ['人工智能', '大模型']),
  ]),
  cluster('future.materials', '未来材料', 'Future materials', [], [
    chain('future.materials.graphene', '石墨烯', 'Graphene'),
    chain('future.materials.superconductors', '超导材料', 'Superconducting materials'),
    chain('future.materials.nano', '纳米材料', 'Nanomaterials'),
  ]),
  cluster('future.energy', '未来能源', 'Future energy', [], [
    chain('future.energy.hydrogen-storage', '氢能与储能', 'Hydrogen and energy storage', ['氢能', '新型储能', '储能']),
    chain('future.energy.nuclear', '先进核能', 'Advanced nuclear energy', ['核聚变']),
  ]),
  cluster('future.space', '未来空间', 'Future space', [], [
    chain('future.space.beidou-satellite-internet', '北斗与卫星互联网', 'BeiDou and satellite internet', ['北斗', '卫星互联网']),
    chain('future.space.commercial-space', '商业航天', 'Commercial spaceflight'),
    chain('future.space.low-altitude', '低空经济', 'Low-altitude economy', ['无人机']),
    chain('future.space.deep-sea', '深海装备', 'Deep-sea equipment'),
  ]),
  cluster('future.health', '未来健康', 'Future health', [], [
    chain('future.health.synthetic-biology', '合成生物', 'Synthetic biology', ['生命科学']),
    chain('future.health.cell-gene', '细胞与基因治疗', 'Cell and gene therapy', ['基因治疗', '细胞治疗']),
    chain('future.health.bci', '脑机接口', 'Brain-computer interfaces'),
  ]),
];

// After the top two levels of 《战略性新兴产业分类(2018)》: second-level names drop the trailing
// 产业 (the derived synonyms restore it) and were written from memory, so check before citing.
const STRATEGIC_EMERGING: ChainSeed[] = [
  cluster('sei.next-gen-it', '新一代信息技术产业', 'Next-generation information technology', ['新一代信息技术'], [
    chain('sei.next-gen-it.networks', '下一代信息网络', 'Next-generation information networks'),
    chain('sei.next-gen-it.electronic-core', '电子核心产业', 'Core electronics'),
    chain('sei.next-gen-it.software', '新兴软件和新型信息技术服务', 'Emerging software and IT services', ['软件和信息技术服务']),
    chain('sei.next-gen-it.internet-cloud-data', '互联网与云计算、大数据服务', 'Internet, cloud computing and big-data services', ['云计算', '大数据']),
    chain('sei.next-gen-it.ai', '人工智能', 'Artificial intelligence'),
  ]),
  cluster('sei.high-end-equipment', '高端装备制造产业', 'High-end equipment manufacturing', ['高端装备制造', '高端装备'], [
    chain('sei.high-end-equipment.intelligent-manufacturing', '智能制造装备', 'Intelligent manufacturing equipment'),
    chain('sei.high-end-equipment.aviation', '航空装备', 'Aviation equipment'),
    chain('sei.high-end-equipment.satellites', '卫星及应用', 'Satellites and applications'),
    chain('sei.high-end-equipment.rail', '轨道交通装备', 'Rail transit equipment'),
    chain('sei.high-end-equipment.marine', '海洋工程装备', 'Marine engineering equipment'),
  ]),
  cluster('sei.new-materials', '新材料产业', 'New materials (strategic emerging)', ['新材料'], [
    chain('sei.new-materials.steel', '先进钢铁材料', 'Advanced steel materials'),
    chain('sei.new-materials.non-ferrous', '先进有色金属材料', 'Advanced non-ferrous metal materials'),
    chain('sei.new-materials.petrochemical', '先进石化化工新材料', 'Advanced petrochemical materials'),
    chain('sei.new-materials.inorganic', '先进无机非金属材料', 'Advanced inorganic non-metallic materials'),
    chain('sei.new-materials.fibres-composites', '高性能纤维及制品和复合材料', 'High-performance fibres and composites'),
    chain('sei.new-materials.frontier', '前沿新材料', 'Frontier materials'),
  ]),
  cluster('sei.bio', '生物产业', 'Bio-industry', ['生物经济'], [
    chain('sei.bio.pharma', '生物医药', 'Biomedicine'),
    chain('sei.bio.biomedical-engineering', '生物医学工程', 'Biomedical engineering'),
    chain('sei.bio.agriculture', '生物农业', 'Bio-agriculture'),
    chain('sei.bio.manufacturing', '生物制造', 'Biomanufacturing'),
  ]),
  cluster('sei.nev', '新能源汽车产业', 'New-energy vehicles (strategic emerging)', ['新能源汽车'], [
    chain('sei.nev.vehicles', '新能源汽车整车制造', 'NEV manufacturing'),
    chain('sei.nev.components', '新能源汽车装置、配件制造', 'NEV devices and parts'),
    chain('sei.nev.infrastructure', '新能源汽车相关设施制造', 'NEV infrastructure equipment', ['充电桩', '充换电']),
  ]),
  cluster('sei.new-energy', '新能源产业', 'New energy', ['新能源'], [
    chain('sei.new-energy.nuclear', '核电', 'Nuclear power'),
    chain('sei.new-energy.wind', '风能', 'Wind energy', ['风电']),
    chain('sei.new-energy.solar', '太阳能', 'Solar energy', ['光伏']),
    chain('sei.new-energy.biomass', '生物质能', 'Biomass energy'),
    chain('sei.new-energy.smart-grid', '智能电网', 'Smart grid'),
  ]),
  cluster('sei.energy-saving', '节能环保产业', 'Energy saving and environmental protection', ['节能环保'], [
    chain('sei.energy-saving.efficiency', '高效节能', 'Energy efficiency'),
    chain('sei.energy-saving.environmental', '先进环保', 'Advanced environmental protection', ['环保装备']),
    chain('sei.energy-saving.recycling', '资源循环利用', 'Resource recycling', ['循环经济']),
  ]),
  cluster('sei.digital-creative', '数字创意产业', 'Digital creative industries', ['数字创意'], [
    chain('sei.digital-creative.equipment', '数字创意技术设备制造', 'Digital creative equipment'),
    chain('sei.digital-creative.content', '数字文化创意', 'Digital cultural content', ['数字文化']),
    chain('sei.digital-creative.design', '设计服务', 'Design services', ['工业设计']),
  ]),
  cluster('sei.related-services', '相关服务业', 'Related services', [], [
    chain('sei.related-services.innovation', '新技术与创新创业服务', 'Technology and entrepreneurship services', ['科技服务']),
  ]),
];

const industryForms = (term: string): string[] =>
  term.endsWith('产业链') ? [] : term.endsWith('产业') ? [`${term}链`] : [`${term}产业`, `${term}产业链`];

const mergeSynonyms = (node: ChainSeed, extra: string[]): string[] =>
  [...new Set([...(node.synonyms ?? []), ...extra])].filter((s) => s !== node.name);

/** Adds the "…产业 / …产业链" forms articles use for each chain, its name and its synonyms. */
export function withIndustrySynonyms(roots: ChainSeed[]): ChainSeed[] {
  return roots.map((node) => ({
    ...node,
    synonyms: node.level === 'chain'
      ? mergeSynonyms(node, [node.name, ...(node.synonyms ?? [])].flatMap(industryForms))
      : node.synonyms ?? [],
    ...(node.children ? { children: withIndustrySynonyms(node.children) } : {}),
  }));
}

/** Adds traditional-script forms (光電產業鏈) of each node's name and synonyms. */
export function withTraditionalSynonyms(roots: ChainSeed[]): ChainSeed[] {
  // Taiwan standard only: the Hong Kong forms add little for chain names (集羣 beside 集群).
  // Built here, not when the module loads: the converter's dictionaries take ~80 MB of memory,
  // which every process that opens a database would otherwise carry, though only seeding needs them.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const convert = (nodes: ChainSeed[]): ChainSeed[] => nodes.map((node) => {
    const simplified = [node.name, ...(node.synonyms ?? [])];
    return {
      ...node,
      synonyms: mergeSynonyms(node, simplified.map((s) => toTraditional(s))),
      ...(node.children ? { children: convert(node.children) } : {}),
    };
  });
  return convert(roots);
}

/** The starter chain tree with every synonym; built on demand (seeding a database, tests), and let go after. */
export const chainRoots = (): ChainSeed[] => withTraditionalSynonyms(withIndustrySynonyms([...HENAN, ...FUTURE, ...STRATEGIC_EMERGING]));
