/**
 * Which governorate an imported row belongs to: by name first (folded, with the historical
 * and alternative names), by its coordinates in the bundled boundaries when the name is blank
 * or unknown. Names come in many spellings: `Al Başrah  province`, `Şalāḩ ad Dīn`, `At-Ta'mim`
 * (Kirkuk before 2006), `Ninawa`, `Hawler`, and Arabic.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GovernorateProps } from '../geo';

export type Governorates = FeatureCollection<Polygon | MultiPolygon, GovernorateProps>;

/** Other names of each governorate, beyond the boundary file's English and Arabic ones. */
const ALIASES: Record<string, string[]> = {
  'IQ-AN': ['Anbar', 'Al Anbar', 'Ramadi', 'الانبار'],
  'IQ-AR': ['Arbil', 'Irbil', 'Erbil', 'Hawler', 'Hewlêr', 'اربيل', 'هەولێر'],
  'IQ-BA': ['Basrah', 'Basra', 'Al Basrah', 'البصره'],
  'IQ-BB': ['Babylon', 'Babel', 'Hillah', 'Al Hillah'],
  'IQ-BG': ['Baghdad', 'Bagdad'],
  'IQ-DA': ['Dahuk', 'Dohuk', 'Dihok', 'Duhok', 'Dahok', 'دهوك'],
  'IQ-DI': ['Diyala', 'Diala', 'Diyalá', 'ديالي'],
  'IQ-DQ': ['Dhi Qar', 'Thi Qar', 'Dhiqar', 'Nasiriyah', 'ذي قار', 'ذيقار'],
  'IQ-KA': ['Karbala', "Karbala'", 'Kerbala'],
  // At-Ta'mim ("nationalisation") was Kirkuk's name from 1976 to 2006.
  'IQ-KI': ['Kirkuk', 'Kerkuk', "At-Ta'mim", "Ta'mim", 'Tamim', 'Tameem', 'التأميم', 'التاميم'],
  'IQ-MA': ['Maysan', 'Missan', 'Misan', 'Amarah'],
  'IQ-MU': ['Muthanna', 'Al Muthanna', 'Al-Muthannia', 'Samawah'],
  'IQ-NA': ['Najaf', 'An Najaf'],
  'IQ-NI': ['Nineveh', 'Ninawa', 'Ninewa', 'Ninawá', 'Niniveh', 'Mosul', 'نينوي'],
  'IQ-QA': [
    'Qadisiyah',
    'Al Qadisiyah',
    'Qadisiyyah',
    'Al-Qadisiyyah',
    'Diwaniyah',
    'Al Diwaniyah',
    'القادسيه',
    'الديوانية',
  ],
  'IQ-SD': [
    'Salah ad Din',
    'Salahuddin',
    'Salah al-Din',
    'Salahaddin',
    'Saladin',
    'Sala ad-Din',
    'Tikrit',
    'صلاح الدين',
  ],
  // Halabja became a governorate in 2014; the bundled boundaries (older) still draw it in Sulaymaniyah.
  'IQ-SU': ['Sulaymaniyah', 'As Sulaymaniyah', 'Sulaimaniya', 'Sulaymaniyya', 'Slemani', 'Halabja', 'حلبجة'],
  'IQ-WA': ['Wasit', 'Wassit', 'Kut', 'Al Kut'],
};

/**
 * A governorate name reduced to what identifies it: no diacritics, case, articles (al-, as-,
 * ad-, an-, at-, ال), apostrophes, spaces, or words like "province" and "governorate".
 */
export function foldGovernorate(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Arabic: drop harakat and tatweel, unify alef, yeh and teh marbuta forms.
      .replace(/[\u064B-\u065F\u0640]/g, '')
      .replace(/[أإآ]/g, 'ا')
      .replace(/ى/g, 'ي')
      .replace(/ة/g, 'ه')
      .replace(/\b(province|governorate|muhafazat|muhafaza|region)\b/g, ' ')
      .replace(/(^|\s)(محافظة|محافظه)(\s|$)/g, ' ')
      .replace(/['’ʼ`ʿʾ.]/g, '')
      .replace(/\b(al|as|ad|an|at|ar|az|ash|el)[- ]+/g, '')
      .replace(/(^|\s)ال/g, '$1')
      .replace(/[^a-z\u0600-\u06ff]+/g, '')
  );
}

export interface GovernorateMatcher {
  /** The ISO code of a governorate name, or undefined when it is blank or unknown. */
  byName(name: string): string | undefined;
  /** The ISO code of the governorate a point lies in, or undefined when it lies in none. */
  byPoint(lat: number, lon: number): string | undefined;
}

export function governorateMatcher(geo: Governorates): GovernorateMatcher {
  const names = new Map<string, string>();
  for (const f of geo.features) {
    const { iso, name_en, name_ar } = f.properties;
    for (const n of [name_en, name_ar, ...(ALIASES[iso] ?? [])]) names.set(foldGovernorate(n), iso);
  }
  // Bounding boxes first: most points are tested against one or two polygons, not eighteen.
  const boxes = geo.features.map((f) => ({ f, box: bbox(f) }));
  const known = new Map<string, string | undefined>();
  return {
    // A file names its few governorates over and over: each spelling is folded once.
    byName: (name) => {
      if (known.has(name)) return known.get(name);
      const k = foldGovernorate(name);
      const iso = k ? names.get(k) : undefined;
      if (known.size < 10_000) known.set(name, iso);
      return iso;
    },
    byPoint: (lat, lon) => {
      if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
      for (const { f, box } of boxes) {
        if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) continue;
        if (booleanPointInPolygon([lon, lat], f)) return f.properties.iso;
      }
      return undefined;
    },
  };
}

function bbox(f: Feature<Polygon | MultiPolygon>): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    }
  return [w, s, e, n];
}
