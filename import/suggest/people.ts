import type { PersonSuggestion } from '../types';
import { spanOf, type SuggestContext } from './context';

// Characters that open a clause far more often than a surname (国家, 全省, 向大会 …) are left out.
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼满闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰支卿狄索宣晋扈晁芮普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼揭尉冶斯束檀衣阴昝智幸奉植衡富尧闭',
);
const COMPOUND_SURNAMES = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|尉迟|公孙|夏侯|长孙|宇文|司徒|端木|西门|南宫)/;
const POSTS = [
  '党组书记', '党委书记', '省委书记', '市委书记', '县委书记', '区委书记', '副书记', '书记', '常务副省长', '副省长', '省长', '副市长', '市长',
  '副县长', '县长', '副区长', '区长', '副主席', '主席', '副主任', '主任', '副厅长', '厅长', '副局长', '局长', '副部长', '部长', '秘书长', '常委',
  '委员', '链长', '副院长', '院长', '副校长', '校长', '董事长', '总经理', '副总经理', '总裁', '理事长', '会长', '负责人', '巡视员', '处长',
  '司长', '总工程师', '总经济师', '所长', '首席科学家', '院士', '领导', '教授', '研究员', '镇长', '乡长', '州长', '总监', '主任委员',
].sort((a, b) => b.length - a.length);
const POST_END = new RegExp(`(?:${POSTS.join('|')})`, 'g');
// What follows a name: a verb of attendance or speech, a list separator, or the end of a clause.
const AFTER_NAME = /^(?:出席|讲话|主持|介绍|表示|指出|强调|说|参加|调研|考察|会见|致辞|作|在|等|一行|带队|率队|同志|先生|女士|宣布|发布|主讲|解读|回答|答|陪同|对|为|和|与|及|[、，,。；;：:（(\s“"）)]|$)/;
const CLAUSE_OPENERS = /^(?:据|由|经|和|与|及|向|对|在|请|并|会议由|会上|其中|出席会议的有|参加会议的有)+/;

// Words that follow a post and start with a surname character but name no one (单位负责人, 代表发言).
const COMMON_WORDS = /^(?:单位|代表|负责|干部|企业|部门|成员|群众|专家|领导|委员|主任|书记|常委|同志|全体|有关|相关|各级|主要|分管|班子|人员|职工|党员|市长|省长|县长|区长|厅长|局长|处长|司长|部长|院长|校长|主席|秘书|办公|工作|会议|项目|代价|高度|文件|单项|全力|万元|方面|方案|方式)/;

function nameAt(text: string, at: number): string | null {
  if (COMMON_WORDS.test(text.slice(at, at + 2))) return null;
  const compound = COMPOUND_SURNAMES.exec(text.slice(at, at + 2));
  if (!compound && !SURNAMES.has(text[at]!)) return null;
  const surname = compound ? 2 : 1;
  for (const given of [2, 1]) {
    const name = text.slice(at, at + surname + given);
    if (!/^[\u4e00-\u9fa5]+$/.test(name) || name.length !== surname + given) continue;
    if (AFTER_NAME.test(text.slice(at + name.length, at + name.length + 4))) return name;
  }
  return null;
}

/** The post in front of a name: the clause up to it, a chain of posts joined by 、. */
function postBefore(text: string, end: number): { post: string; start: number } {
  const from = Math.max(0, end - 60);
  const clause = text.slice(from, end).split(/[，,。；;：:！？\n（(“”"]/).at(-1)!;
  const post = clause.replace(CLAUSE_OPENERS, '');
  return { post, start: end - post.length };
}

/**
 * People with their posts: a post title (书记, 省长, 厅长, 链长 …) directly followed by a name
 * (a known surname and one or two characters, then a verb such as 出席 or a separator).
 * "省委常委、洛阳市委书记、省光电产业链链长江凌出席" → 江凌, 省委常委、洛阳市委书记、省光电产业链链长.
 * Names listed after one post (省领导甲、乙、丙) share it. One entry per name, first mention.
 */
export function suggestPeople(context: SuggestContext): PersonSuggestion[] {
  const text = context.folded;
  const out: PersonSuggestion[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(POST_END)) {
    const postEnd = m.index! + m[0].length;
    const { post, start: postStart } = postBefore(text, postEnd);
    if (!post) continue;
    let at = postEnd;
    for (let name = nameAt(text, at); name; name = text[at] === '、' ? nameAt(text, ++at) : null) {
      const start = at;
      at += name.length;
      if (seen.has(name)) continue;
      seen.add(name);
      // The first name's span includes its post; later names in a list span only themselves.
      const span = spanOf(context, start === postEnd ? postStart : start, at);
      out.push({ ...span, name: context.body.slice(start, at), post: context.body.slice(postStart, postEnd) });
    }
  }
  return out;
}
