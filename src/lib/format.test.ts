import { describe, expect, it } from 'vitest';
import { formatNumber, localizeDigits, parseLocalNumber } from './format';
import { formatPartialDate } from './dates/format-date';
import { localeOf } from './i18n/languages';

describe('formatPartialDate', () => {
  it('formats at the precision of the date, with Iraqi month names in Arabic', () => {
    const ar = localeOf('ar');
    expect(formatPartialDate('2020-03', ar)).toBe('آذار ٢٠٢٠');
    expect(formatPartialDate('2020-01-03', ar)).toBe('٣ كانون الثاني ٢٠٢٠');
    expect(formatPartialDate('2014', ar)).toBe('٢٠١٤');
    expect(formatPartialDate('2020-03', localeOf('en'))).toBe('March 2020');
    expect(formatPartialDate('2020-08-23', localeOf('en'))).toBe('23 August 2020');
  });

  it('uses Western digits in Arabic when asked', () => {
    expect(formatPartialDate('2020-03', localeOf('ar', 'latn'))).toBe('آذار 2020');
    expect(formatNumber(5200, localeOf('ar', 'latn'))).toBe('5,200');
    expect(formatNumber(5200, localeOf('ar'))).toBe('٥٬٢٠٠');
  });
});

describe('localizeDigits', () => {
  it('writes the digits of Arabic dataset text in Arabic-Indic, but not those of Latin codes', () => {
    expect(localizeDigits('سلّمتها في آذار 2020', 'native')).toBe('سلّمتها في آذار ٢٠٢٠');
    expect(localizeDigits('قاعدة كركوك (K-1) وطائرات F16', 'native')).toBe('قاعدة كركوك (K-1) وطائرات F16');
    expect(localizeDigits('آذار 2020', 'latn')).toBe('آذار 2020');
    // A file name is a code: its digits stay as written, all of them.
    expect(localizeDigits('ucdp-ged-23.1-global-sample-1000.csv', 'native')).toBe(
      'ucdp-ged-23.1-global-sample-1000.csv',
    );
    expect(localizeDigits('على بعد 2.5km، في 2020-03-01', 'native')).toBe('على بعد 2.5km، في ٢٠٢٠-٠٣-٠١');
  });
});

describe('parseLocalNumber', () => {
  it('reads a number typed in either digit set, with either decimal point', () => {
    expect(parseLocalNumber('٩٠')).toBe(90);
    expect(parseLocalNumber('۲۵')).toBe(25);
    expect(parseLocalNumber(' ٢٫٥ ')).toBe(2.5);
    expect(parseLocalNumber('7.5')).toBe(7.5);
    expect(parseLocalNumber(formatNumber(12.5, 'ar'))).toBe(12.5);
  });
  it('is NaN for anything else', () => {
    for (const s of ['', '-3', '1e3', '1,000', '٩٠ يوماً', '.', '0x10', 'Infinity'])
      expect(parseLocalNumber(s)).toBeNaN();
  });
});
