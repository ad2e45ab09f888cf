/**
 * The source datasets' own classifications, with their Arabic names, and the default table
 * that maps them onto Drawdown's event types (documented in the README). The source's own
 * category stays on every row as a filterable facet: the mapping adds, never replaces.
 */
import type { EventType } from '../dataset/schema';

interface Category {
  en: string;
  ar: string;
  type: EventType;
}

/** ACLED event types (ACLED codebook, 2019 onward). */
export const ACLED_EVENT_TYPES: Record<string, Category> = {
  battles: { en: 'Battles', ar: 'معارك', type: 'operation' },
  'explosions/remote violence': {
    en: 'Explosions/Remote violence',
    ar: 'انفجارات/عنف عن بُعد',
    type: 'operation',
  },
  'violence against civilians': {
    en: 'Violence against civilians',
    ar: 'عنف ضد المدنيين',
    type: 'operation',
  },
  protests: { en: 'Protests', ar: 'احتجاجات', type: 'political' },
  riots: { en: 'Riots', ar: 'أعمال شغب', type: 'political' },
  'strategic developments': { en: 'Strategic developments', ar: 'تطورات استراتيجية', type: 'political' },
};

/** ACLED sub-event types; `remote` marks those that count as an attack near a base. */
export const ACLED_SUB_EVENT_TYPES: Record<string, { en: string; ar: string; remote?: true }> = {
  'armed clash': { en: 'Armed clash', ar: 'اشتباك مسلح' },
  'government regains territory': { en: 'Government regains territory', ar: 'استعادة الحكومة أراضيَ' },
  'non-state actor overtakes territory': {
    en: 'Non-state actor overtakes territory',
    ar: 'سيطرة جهة غير حكومية على أراضٍ',
  },
  'chemical weapon': { en: 'Chemical weapon', ar: 'سلاح كيميائي' },
  'air/drone strike': { en: 'Air/drone strike', ar: 'غارة جوية/بطائرة مسيّرة', remote: true },
  'suicide bomb': { en: 'Suicide bomb', ar: 'تفجير انتحاري' },
  'shelling/artillery/missile attack': {
    en: 'Shelling/artillery/missile attack',
    ar: 'قصف مدفعي/صاروخي',
    remote: true,
  },
  'remote explosive/landmine/ied': {
    en: 'Remote explosive/landmine/IED',
    ar: 'عبوة ناسفة/لغم',
    remote: true,
  },
  grenade: { en: 'Grenade', ar: 'قنبلة يدوية' },
  'sexual violence': { en: 'Sexual violence', ar: 'عنف جنسي' },
  attack: { en: 'Attack', ar: 'هجوم' },
  'abduction/forced disappearance': { en: 'Abduction/forced disappearance', ar: 'خطف/إخفاء قسري' },
  'peaceful protest': { en: 'Peaceful protest', ar: 'احتجاج سلمي' },
  'protest with intervention': { en: 'Protest with intervention', ar: 'احتجاج مع تدخل' },
  'excessive force against protesters': {
    en: 'Excessive force against protesters',
    ar: 'قوة مفرطة ضد المحتجين',
  },
  'violent demonstration': { en: 'Violent demonstration', ar: 'تظاهرة عنيفة' },
  'mob violence': { en: 'Mob violence', ar: 'عنف جماعي' },
  agreement: { en: 'Agreement', ar: 'اتفاق' },
  arrests: { en: 'Arrests', ar: 'اعتقالات' },
  'change to group/activity': { en: 'Change to group/activity', ar: 'تغيير في جماعة/نشاط' },
  'disrupted weapons use': { en: 'Disrupted weapons use', ar: 'إحباط استخدام أسلحة' },
  'headquarters or base established': { en: 'Headquarters or base established', ar: 'إنشاء مقر أو قاعدة' },
  'looting/property destruction': { en: 'Looting/property destruction', ar: 'نهب/تدمير ممتلكات' },
  'non-violent transfer of territory': {
    en: 'Non-violent transfer of territory',
    ar: 'نقل سلمي للسيطرة على أراضٍ',
  },
  other: { en: 'Other', ar: 'أخرى' },
};

/** UCDP GED `type_of_violence`. */
export const UCDP_VIOLENCE_TYPES: Record<string, Category> = {
  '1': { en: 'State-based conflict', ar: 'نزاع تكون الدولة طرفاً فيه', type: 'operation' },
  '2': { en: 'Non-state conflict', ar: 'نزاع بين جهات غير حكومية', type: 'operation' },
  '3': { en: 'One-sided violence', ar: 'عنف من طرف واحد', type: 'operation' },
};

const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/** A category's names, in both languages; one not in the table keeps its own name in both.
 * The names alone: a row's provenance holds what the schema says, not the table's entry. */
export function categoryName(table: Record<string, { en: string; ar: string }>, raw: string) {
  const known = table[key(raw)];
  return known ? { en: known.en, ar: known.ar } : { en: raw.trim(), ar: raw.trim() };
}

export interface Classified {
  type: EventType;
  /** The source's own category, "Event type › Sub-event type", in both languages. */
  sourceType: { en: string; ar: string };
  /** A remote-violence sub-type: an attack on a base when it falls near one. */
  remote: boolean;
}

/**
 * ACLED's event and sub-event type onto Drawdown's: air/drone strikes whose first actor is
 * the United States are US strikes; other violence is an operation; protests, riots and
 * strategic developments are political.
 */
export function classifyAcled(eventType: string, subEventType: string, actor1: string): Classified {
  const us = /united states/i.test(actor1);
  // A file has a few dozen of these: each is worked out once (a million rows read the same few).
  const k = `${eventType}\u0000${subEventType}\u0000${us ? 1 : 0}`;
  let c = classified.get(k);
  if (!c) {
    c = classify(eventType, subEventType, us);
    if (classified.size < MAX_CLASSIFIED) classified.set(k, c);
  }
  return c;
}
const classified = new Map<string, Classified>();
const MAX_CLASSIFIED = 1_000;

function classify(eventType: string, subEventType: string, us: boolean): Classified {
  const ev = ACLED_EVENT_TYPES[key(eventType)];
  const sub = ACLED_SUB_EVENT_TYPES[key(subEventType)];
  const e = categoryName(ACLED_EVENT_TYPES, eventType);
  const s = categoryName(ACLED_SUB_EVENT_TYPES, subEventType);
  const type: EventType =
    key(subEventType) === 'air/drone strike' && us ? 'strike' : (ev?.type ?? 'operation');
  return {
    type,
    sourceType: subEventType.trim() ? { en: `${e.en} › ${s.en}`, ar: `${e.ar} › ${s.ar}` } : e,
    remote: Boolean(sub?.remote),
  };
}

/** UCDP's type of violence onto Drawdown's: all organised violence is an operation. */
export function classifyUcdp(typeOfViolence: string): Classified {
  const c = categoryName(UCDP_VIOLENCE_TYPES, typeOfViolence);
  return {
    type: UCDP_VIOLENCE_TYPES[key(typeOfViolence)]?.type ?? 'operation',
    sourceType: c,
    remote: false,
  };
}
