import { describe, expect, it } from 'vitest';
import { dayOrderIn, readDay } from './dates';

describe("a spreadsheet's numeric dates", () => {
  it('take the order of day and month a date in the file settles, as written', () => {
    expect(dayOrderIn('id,event_date\na,08/01/2020\nb,14/03/2020\nc,30/01/2020\n')).toEqual({
      order: 'dmy',
      seen: '14/03/2020',
    });
    expect(dayOrderIn('id;event_date\na;1/8/2020\nb;"3/14/2020 00:00"\n')).toEqual({
      order: 'mdy',
      seen: '3/14/2020',
    });
    expect(dayOrderIn('a,08.01.2020\nb,31.12.2019\n')).toEqual({ order: 'dmy', seen: '31.12.2019' });
  });

  it('are left unsettled by days up to the 12th, by a file that mixes both, and by no real day', () => {
    expect(dayOrderIn('a,08/01/2020\nb,11/03/2020\n')).toBeNull();
    expect(dayOrderIn('a,14/03/2020\nb,3/14/2020\n')).toBeNull();
    expect(dayOrderIn('a,13/40/2020\nb,2020-03-14\n')).toBeNull();
    // A date in a note's words is not a cell.
    expect(dayOrderIn('a,"rockets on 14/03/2020 hit",08/01/2020\n')).toBeNull();
  });

  it('are read in the order given, and not read without one', () => {
    expect(readDay('08/01/2020', 'dmy')).toBe('2020-01-08');
    expect(readDay('08/01/2020', 'mdy')).toBe('2020-08-01');
    expect(readDay('8.1.2020 00:00', 'dmy')).toBe('2020-01-08');
    expect(readDay('08/01/2020')).toBeNull();
    expect(readDay('31/02/2020', 'dmy')).toBeNull();
    // Year first is never ambiguous.
    expect(readDay('2020/1/8')).toBe('2020-01-08');
    expect(readDay('2019-12-27')).toBe('2019-12-27');
  });
});
