import fc from 'fast-check';
import {
  compareIso,
  daysInMonth,
  endOfMonth,
  formatIso,
  isDateFormat,
  isoToSerial,
  isValidYmd,
  serialToIso,
  todayIso,
} from '../../src/core/dates';

describe('serialToIso and isoToSerial', () => {
  it.each([
    [1, '1899-12-31'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [40482, '2010-10-31'],
    [41578, '2013-10-31'],
    [45658, '2025-01-01'],
  ])('serial %d is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('drops the time part of a serial', () => {
    expect(serialToIso(41578.75)).toBe('2013-10-31');
    expect(serialToIso(41578.0001)).toBe('2013-10-31');
  });

  it('rejects what is not a serial or not a real day', () => {
    expect(() => serialToIso(Number.NaN)).toThrow(RangeError);
    expect(() => isoToSerial('2013-02-30')).toThrow(/not a date/);
    expect(() => isoToSerial('31/10/2013')).toThrow(RangeError);
  });

  it('round-trips every whole serial from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 109574 }), (serial) => {
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
      }),
    );
  });

  it('round-trips every real day, and consecutive serials are consecutive days', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-03-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const serial = isoToSerial(iso);
          expect(serialToIso(serial)).toBe(iso);
          const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1))
            .toISOString()
            .slice(0, 10);
          expect(isoToSerial(next)).toBe(serial + 1);
        },
      ),
    );
  });
});

describe('endOfMonth, daysInMonth and isValidYmd', () => {
  it.each([
    [2013, 10, '2013-10-31'],
    [2013, 9, '2013-09-30'],
    [2014, 2, '2014-02-28'],
    [2012, 2, '2012-02-29'],
    [2000, 2, '2000-02-29'],
    [1900, 2, '1900-02-28'],
    [2010, 12, '2010-12-31'],
  ])('%d-%d ends on %s', (y, m, iso) => {
    expect(endOfMonth(y, m)).toBe(iso);
  });

  it('accepts real days and rejects impossible ones', () => {
    expect(isValidYmd(2013, 10, 31)).toBe(true);
    expect(isValidYmd(2012, 2, 29)).toBe(true);
    expect(isValidYmd(2014, 2, 29)).toBe(false);
    expect(isValidYmd(2014, 2, 31)).toBe(false);
    expect(isValidYmd(2025, 13, 15)).toBe(false);
    expect(isValidYmd(2014, 0, 1)).toBe(false);
    expect(isValidYmd(2014, 1, 0)).toBe(false);
    expect(isValidYmd(2014, 1, 32)).toBe(false);
    expect(isValidYmd(2014, 1.5, 1)).toBe(false);
  });

  it('agrees with the JavaScript calendar for every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(daysInMonth(y, m)).toBe(last);
        expect(endOfMonth(y, m)).toBe(formatIso(y, m, last));
        expect(isValidYmd(y, m, last)).toBe(true);
        expect(isValidYmd(y, m, last + 1)).toBe(false);
      }),
    );
  });
});

describe('compareIso', () => {
  it('orders days', () => {
    expect(compareIso('2013-10-31', '2013-11-01')).toBeLessThan(0);
    expect(compareIso('2014-01-01', '2013-12-31')).toBeGreaterThan(0);
    expect(compareIso('2013-10-31', '2013-10-31')).toBe(0);
  });

  it('agrees with the order of serial numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 109574 }), fc.integer({ min: 61, max: 109574 }), (a, b) => {
        expect(Math.sign(compareIso(serialToIso(a), serialToIso(b)))).toBe(Math.sign(a - b));
      }),
    );
  });
});

describe('todayIso', () => {
  it('is the local calendar day of the moment', () => {
    expect(todayIso(new Date(2013, 9, 31, 23, 59))).toBe('2013-10-31');
    expect(todayIso(new Date(2013, 0, 1, 0, 0))).toBe('2013-01-01');
    expect(todayIso(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });
});

describe('isDateFormat', () => {
  it.each([
    'dd/mm/yyyy',
    'd-mmm-yy',
    'mmmm yyyy',
    '[$-809]dd mmmm yyyy',
    'yyyy-mm-dd h:mm',
    'mm/dd/yy',
    'mmm-yy',
    'dddd, d mmmm yyyy',
    '[$-F800]dddd, mmmm dd, yyyy',
    '[$-F800]',
    '[Red]dd/mm/yyyy',
    'd/m/yy;@',
    'm/d/yyyy h:mm AM/PM',
  ])('%s is a date format', (format) => {
    expect(isDateFormat(format)).toBe(true);
  });

  it.each([
    undefined,
    '',
    'General',
    '0.00',
    '#,##0',
    '0%',
    '@',
    '0.00E+00',
    '[Red]#,##0.00',
    '£#,##0.00',
    '[$£-809]#,##0.00',
    '#,##0 "days"',
    '0 "by end of year"',
    '0\\d',
    'h:mm',
    'h:mm:ss',
    '[h]:mm:ss',
    'mm:ss',
    '[mm]:ss',
    'h:mm AM/PM',
  ])('%s is not a date format', (format) => {
    expect(isDateFormat(format)).toBe(false);
  });
});
