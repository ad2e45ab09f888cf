import { describe, expect, it } from 'vitest';
import { matchesQuery, normalizeForSearch as n } from './normalize';

describe('normalizeForSearch', () => {
  it('folds hamza forms of alef: "الانبار" finds "الأنبار"', () => {
    expect(n('الأنبار')).toBe(n('الانبار'));
    expect(matchesQuery(n('محافظة الأنبار غرب العراق'), n('الانبار'))).toBe(true);
  });
  it('folds the alef of "عين الاسد" to find "عين الأسد"', () => {
    expect(matchesQuery(n('قاعدة عين الأسد الجوية'), n('عين الاسد'))).toBe(true);
  });
  it('strips tashkeel and tatweel', () => {
    expect(n('بَغْدَاد')).toBe('بغداد');
    expect(n('بغـــداد')).toBe('بغداد');
  });
  it('folds teh marbuta, alef maksura and hamza carriers', () => {
    expect(n('القيارة')).toBe(n('القياره'));
    expect(n('ديالى')).toBe(n('ديالي'));
    expect(n('مؤتمر')).toBe(n('موتمر'));
    expect(n('رئيس')).toBe(n('رييس'));
  });
  it('maps Arabic-Indic digits to ASCII', () => {
    expect(n('٥٢٠٠ جندي')).toBe('5200 جندي');
    expect(n('۳۰')).toBe('30');
  });
  it('is case- and accent-insensitive in Latin script', () => {
    expect(n('Ain AL-Asad')).toBe('ain al asad');
    expect(n('Qāʾim')).toContain('qa');
  });
  it('needs every word of the query', () => {
    expect(matchesQuery(n('Camp Taji handed back'), n('taji camp'))).toBe(true);
    expect(matchesQuery(n('Camp Taji handed back'), n('taji balad'))).toBe(false);
  });
});
