// Words every namespace shares (record kinds, statuses, relations, roles, field names, buttons):
// each is translated here once and found from any namespace (the setup's fallback namespace).
export const common = {
  common: {
    save: '保存', saving: '正在保存…', cancel: '取消', close: '关闭', delete: '删除', restore: '恢复', undo: '撤销', add: '添加', remove: '移除',
    edit: '编辑', back: '返回', confirm: '确定', apply: '应用', clear: '清除', none: '无', all: '全部', more: '更多', open: '打开', retry: '重试',
    loading: '正在载入…', noResults: '没有结果', search: '搜索', choose: '选择…', new: '新建', count: '{{count}} 条', unknown: '未知', untitled: '（无标题）',
    yes: '是', no: '否', or: '或', results: '{{count}} 个结果', total: '共 {{count}} 条',
  },
  kinds: { meeting: '会议/活动', plan: '规划/计划', measure: '措施' },
  kindsShort: { meeting: '会议', plan: '规划', measure: '措施' },
  subkinds: {
    'chain-meeting': '产业链专题会议', 'work-conference': '工作会议', inspection: '调研', 'press-conference': '新闻发布会',
    'expo-forum': '博览会/论坛', 'alliance-founding': '联盟成立', signing: '签约仪式', other: '其他',
  },
  levels: { national: '国家级', provincial: '省级', prefecture: '地市级', county: '县区级' },
  statuses: { announced: '已发布', 'in-force': '实施中', expired: '已到期', superseded: '已被取代' },
  relations: {
    'announced-at': '发布于会议', 'part-of': '属于规划', implements: '落实', supersedes: '取代', 'follows-up': '跟进', related: '相关',
  },
  relationsIn: {
    'announced-at': '会上发布', 'part-of': '包含', implements: '被落实于', supersedes: '被取代于', 'follows-up': '被跟进于', related: '相关',
  },
  roles: {
    chair: '主持', speaker: '讲话', attendee: '出席', issuer: '发布机关', 'chain-chief': '链长', 'chain-leader-firm': '链主企业', host: '承办', other: '其他',
  },
  actorKinds: { person: '人物', body: '机构', firm: '企业', institute: '院所/高校' },
  chainLevels: { cluster: '产业集群', chain: '产业链', segment: '环节' },
  regionLevels: { national: '全国', province: '省级', prefecture: '地市', county: '县区', country: '国家/地区' },
  /** Record fields as filters, lanes and report headings name them. */
  fields: { text: '关键词', kind: '类型', chains: '产业链', regions: '地区', tags: '标签', actors: '人物/机构', status: '状态', instrument: '政策工具', from: '起', to: '止', url: '原文链接', publishedAt: '发布时间', outlet: '媒体/网站', reporter: '记者', script: '文字', posts: '任职', startOn: '起', endOn: '止', name: '名称', into: '合并目标' },
  /** Why an entry was refused (the API's reason codes), worded for the person who typed it. */
  validation: {
    required: '必填', 'too-long': '太长（最多 {{max}} 个字符）', 'too-short': '太短（至少 {{min}} 个）', 'too-large': '太大（最大 {{max}}）', 'too-small': '太小（最小 {{min}}）',
    'wrong-type': '类型不对', 'not-allowed': '不是可选的值', 'not-an-id': '不是有效的编号', 'not-a-date': '不是日期：请写 2024、2024-06、2024-06-12 或 2024年6月', 'not-a-number': '需要数字',
    'unknown-field': '未知的字段', 'end-before-start': '结束日期早于开始日期', 'end-needs-start': '有结束日期时需要开始日期', 'date-twice': '日期写了两次且不一致',
    'from-after-to': '起始晚于截止', 'offsets-pair': '引文位置不完整', 'meeting-only': '只有会议有会议类型', 'not-for-meetings': '会议没有这一项', 'measure-only': '只有措施有政策工具类型',
    'unknown-node': '找不到「{{name}}」', invalid: '无效',
    'not-a-url': '不是有效的网址：请以 http:// 或 https:// 开头', 'not-a-time': '不是有效的时间：请写成 2024-06-12 或 2024-06-12 09:30', 'same-actor': '不能合并到自身',
  },
  /** The key to timeline drawings, on screen and in print. */
  legend: { meeting: '会议/活动（点）', plan: '规划（条）', measure: '措施（条）', vague: '仅知月份/年份', vagueEnds: '起止仅知月份/年份（虚线端）', cluster: '密集处合并（数字为条数）', more: '其余行合并' },
  lanes: { untagged: '未标注' },
};
