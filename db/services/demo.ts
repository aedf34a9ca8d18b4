import type { MeetingKind, RecordKind } from '../../api/contract/common';
import type { Db } from '../connection';
import { saveActor, trashActors } from './actors';
import * as W from './demo-words';
import { rng } from './rng';
import { saveRecord, type ParsedRecord } from './record-save';
import { insertSource, setSourcesTrashed } from './sources';
import { writeTx } from '../tx';
import { DEMO_TAG } from '../../api/contract/app';
import { setRecordsTrashed } from './record-bulk';

const fill = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => v[k] ?? '');
const pad = (n: number) => String(n).padStart(2, '0');

interface Place { id: string; name: string; level: 'provincial' | 'prefecture' }

const MEETING_WEIGHTS: [MeetingKind, number][] = [
  ['chain-meeting', 5], ['work-conference', 2], ['inspection', 4], ['press-conference', 2], ['expo-forum', 2], ['alliance-founding', 1], ['signing', 2], ['other', 1],
];
const INSTRUMENT_OF: Record<string, string> = {
  fund: 'PI013', grant: 'PI008', loan: 'PI012', tax: 'PI015', alliance: 'PI021', talent: 'CN-TALENT', land: 'CN-LAND',
  attract: 'CN-INVESTMENT', first: 'CN-FIRST-UNIT', demo: 'CN-DEMONSTRATION', sme: 'CN-SPECIALISED-SME',
};

export interface DemoResult { records: number; sources: number; actors: number }

/**
 * Fills the database with a synthetic but realistic research log: meetings,
 * plans with targets and measures, across chains, provinces (Henan weighted)
 * and cities, 2018–2026, with people, bodies, firms and cited articles.
 */
export function generateDemo(db: Db, opts: { count: number; seed?: number }): DemoResult {
  const r = rng(opts.seed ?? 1);
  const chains = db.prepare(`SELECT id, name FROM chains WHERE level = 'chain' AND deleted_at IS NULL`).all() as { id: string; name: string }[];
  const provinces = db.prepare(`SELECT id, name, code FROM regions WHERE level = 'province' AND deleted_at IS NULL`).all() as (Place & { code: string })[];
  const cities = db.prepare(`SELECT r.id, r.name, p.code AS pcode FROM regions r JOIN regions p ON p.id = r.parent_id WHERE r.level = 'prefecture' AND r.deleted_at IS NULL`).all() as { id: string; name: string; pcode: string }[];
  const henan = provinces.find((p) => p.code === '410000')!;
  const henanCities = cities.filter((c) => c.pcode === '410000');
  const place = (): Place => {
    const x = r.next();
    if (x < 0.25) return { ...henan, level: 'provincial' };
    if (x < 0.5) return { ...r.pick(henanCities), level: 'prefecture' };
    if (x < 0.75) return { ...r.pick(provinces), level: 'provincial' };
    return { ...r.pick(cities), level: 'prefecture' };
  };
  let sources = 0;
  const actors = Math.max(10, Math.round(opts.count / 20));
  const out = writeTx(db, () => {
    const people: { id: string; name: string; post: string }[] = [];
    const firms: { id: string; name: string }[] = [];
    for (let i = 0; i < actors; i++) {
      const name = r.pick(W.SURNAMES) + r.pick(W.GIVEN) + (r.next() < 0.6 ? r.pick(W.GIVEN) : '');
      const post = r.pick(r.next() < 0.5 ? W.PROVINCIAL_POSTS : W.CITY_POSTS);
      people.push({ id: saveActor(db, { kind: 'person', name, aliases: [], notes: DEMO_TAG, posts: [{ post, startOn: String(r.int(2016, 2023)) }] }), name, post });
      const firm = r.pick(W.FIRM_PREFIX) + r.pick(chains).name.slice(0, 2) + r.pick(W.FIRM_SUFFIX);
      firms.push({ id: saveActor(db, { kind: r.next() < 0.85 ? 'firm' : 'institute', name: firm, aliases: [], notes: DEMO_TAG, posts: [] }), name: firm });
    }
    const plans: { id: string; chain: string; place: Place; year: number }[] = [];
    for (let i = 0; i < opts.count; i++) {
      const x = r.next();
      const kind: RecordKind = x < 0.55 ? 'meeting' : x < 0.75 || plans.length === 0 ? 'plan' : 'measure';
      const parent = kind === 'measure' ? r.pick(plans.slice(-200)) : undefined;
      const c = parent ? chains.find((ch) => ch.id === parent.chain)! : r.pick(chains);
      const p = parent?.place ?? place();
      const year = parent ? Math.min(2026, parent.year + r.int(0, 1)) : r.int(2018, 2026);
      const month = r.int(1, 12);
      const day = r.int(1, 28);
      const person = r.pick(people);
      const firm = r.pick(firms);
      const v = { r: p.name, c: c.name, p: person.post + person.name, f: firm.name, y: String(year), y2: String(year + 2) };
      const rec: ParsedRecord = {
        kind, subkind: null, title: '', summary: '', dateStart: null, dateEnd: null, place: '', hostBody: '', docNumber: '', notes: '', level: p.level,
        chains: [c.id], regions: [p.id], tags: [DEMO_TAG], actors: [], targets: [], links: [], citations: [],
      };
      if (kind === 'meeting') {
        const total = MEETING_WEIGHTS.reduce((s, [, w]) => s + w, 0);
        let roll = r.next() * total;
        const sub = MEETING_WEIGHTS.find(([, w]) => (roll -= w) < 0)![0];
        rec.subkind = sub;
        rec.title = fill(r.pick(W.MEETING_TITLES[sub]), v);
        rec.dateStart = r.next() < 0.9 ? `${year}-${pad(month)}-${pad(day)}` : `${year}-${pad(month)}`;
        rec.place = p.name.replace(/(省|市)$/, '');
        rec.actors = [{ actorId: person.id, role: 'chair', post: person.post }, { actorId: firm.id, role: 'attendee', post: '' }];
        rec.hostBody = `${p.name}${r.pick(W.BODY_SUFFIXES)}`;
      } else if (kind === 'plan') {
        rec.title = `《${fill(r.pick(W.PLAN_TITLES), v)}》`;
        rec.dateStart = String(year);
        rec.dateEnd = String(year + 2);
        rec.issuedOn = `${year}-${pad(Math.min(month, 6))}`;
        rec.status = year + 2 < 2026 ? 'expired' : year > 2025 ? 'announced' : 'in-force';
        rec.hostBody = `${p.name}${r.pick(['人民政府', '人民政府办公厅', '工业和信息化厅'])}`;
        rec.actors = [{ actorId: firm.id, role: 'chain-leader-firm', post: '' }];
        rec.targets = Array.from({ length: r.int(1, 3) }, () => {
          const [metric, unit, lo, hi] = r.pick(W.TARGET_METRICS);
          return { metric, unit, value: r.int(lo, hi), deadline: String(year + 2), scope: `${p.name}${c.name}产业链`, notes: '', progress: [] };
        });
        rec.summary = `到${year + 2}年,${p.name}${c.name}产业链${rec.targets.map((t) => `${t.metric}达到${t.value}${t.unit}`).join(',')}。`;
      } else {
        const type = r.pick(Object.keys(W.MEASURE_TITLES));
        rec.title = fill(r.pick(W.MEASURE_TITLES[type]), v);
        rec.instrument = INSTRUMENT_OF[type];
        rec.dateStart = `${year}-${pad(month)}`;
        rec.dateEnd = r.next() < 0.6 ? String(year + r.int(1, 3)) : null;
        rec.status = r.pick(['announced', 'in-force', 'in-force', 'expired'] as const);
        if (type === 'fund' || type === 'grant') rec.amount = { value: r.int(1, 100), unit: type === 'fund' ? '亿元' : '万元' };
        if (parent) rec.links = [{ relation: 'part-of', toId: parent.id }];
      }
      if (i % 3 === 0) {
        // Every third record cites a short article whose lead reports it.
        const lead = `${month}月${day}日,${rec.title.replace(/[《》]/g, '')}。`;
        // Distinct sentences: a real report does not repeat a paragraph.
        const sentences = [...W.SENTENCES].sort(() => r.next() - 0.5).slice(0, r.int(3, 6));
        const body = [lead, ...sentences.map((t) => fill(t, v))].join('\n\n');
        const sid = insertSource(db, {
          title: rec.title.replace(/[《》]/g, ''), outlet: r.pick(['河南日报', '大河网', '洛阳网', '新华网', '人民网', '经济日报']),
          publishedAt: `${year}-${pad(month)}-${pad(day)}T${pad(r.int(7, 22))}:${pad(r.int(0, 59))}:00`,
          body, raw: body, script: 'simplified', fingerprint: `demo-${opts.seed ?? 1}-${i}`,
        });
        if (sid) {
          sources++;
          rec.citations = [{ sourceId: sid, quote: lead, start: 0, end: lead.length, note: '' }];
        }
      }
      const id = saveRecord(db, rec);
      if (kind === 'plan') plans.push({ id, chain: c.id, place: p, year });
    }
    return { records: opts.count, sources, actors: actors * 2 };
  });
  return out;
}

/** Live records of the demo dataset. */
export function demoRecordCount(db: Db): number {
  return (db.prepare(`SELECT count(*) AS n FROM records r JOIN record_tags rt ON rt.record_id = r.id JOIN tags t ON t.id = rt.tag_id WHERE t.name = ? AND r.deleted_at IS NULL`).get(DEMO_TAG) as { n: number }).n;
}

/**
 * Moves the demo data to the trash: records tagged DEMO_TAG, the demo's sources (fingerprint demo-…)
 * and actors (notes DEMO_TAG) that no other record uses. Restorable from the trash like anything else.
 */
export function removeDemo(db: Db): DemoResult {
  return writeTx(db, () => {
    const records = (db.prepare(`SELECT r.id FROM records r JOIN record_tags rt ON rt.record_id = r.id JOIN tags t ON t.id = rt.tag_id WHERE t.name = ? AND r.deleted_at IS NULL`).all(DEMO_TAG) as { id: string }[]).map((r) => r.id);
    const n = records.length ? setRecordsTrashed(db, records, true) : 0;
    const sources = (db.prepare(
      `SELECT s.id FROM sources s WHERE s.deleted_at IS NULL AND s.fingerprint LIKE 'demo-%'
         AND NOT EXISTS (SELECT 1 FROM citations c JOIN records r ON r.id = c.record_id WHERE c.source_id = s.id AND r.deleted_at IS NULL)`,
    ).all() as { id: string }[]).map((s) => s.id);
    const ns = sources.length ? setSourcesTrashed(db, sources, true) : 0;
    const actors = (db.prepare(
      `SELECT a.id FROM actors a WHERE a.deleted_at IS NULL AND a.notes = ?
         AND NOT EXISTS (SELECT 1 FROM record_actors ra JOIN records r ON r.id = ra.record_id WHERE ra.actor_id = a.id AND r.deleted_at IS NULL)`,
    ).all(DEMO_TAG) as { id: string }[]).map((a) => a.id);
    const na = actors.length ? trashActors(db, actors) : 0;
    return { records: n, sources: ns, actors: na };
  });
}
