/** Display text under number formats, as Excel shows it on a UK machine (values checked against Excel's own output). */
import { formatGeneral, formatNumber } from '../../src/xlsx/read/number-format';

describe('formatNumber', () => {
  it.each([
    // General
    [0, 'General', '0'],
    [42, 'General', '42'],
    [-3.5, 'General', '-3.5'],
    [0.1 + 0.2, 'General', '0.3'],
    [1 / 3, 'General', '0.3333333333'],
    [123456789012, 'General', '1.23457E+11'],
    [0.000000000123, 'General', '1.23E-10'],
    // fixed, thousands, percentages, scientific
    [1234.5, '0', '1235'],
    [1234.567, '0.00', '1234.57'],
    [1.005, '0.00', '1.01'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [-1234, '#,##0', '-1,234'],
    [0.5, '0%', '50%'],
    [0.1234, '0.0%', '12.3%'],
    [0.83333, '0.00%', '83.33%'],
    [12345, '0.00E+00', '1.23E+04'],
    [0.75, '#,##0.0', '0.8'],
    [0.5, '#.##', '.5'],
    // sections, colours, literals
    [-5, '#,##0;[Red]-#,##0', '-5'],
    [-5, '#,##0 ;(#,##0)', '(5)'],
    [0, '0;-0;"nil"', 'nil'],
    [12, '"£"#,##0.00', '£12.00'],
    [12, '[$£-809]#,##0', '£12'],
    [3, '0" actions"', '3 actions'],
    [7, 'General" days"', '7 days'],
    // dates and times (serials in the 1900 system)
    [41578, 'dd/mm/yyyy', '31/10/2013'],
    [41578, 'd/m/yy', '31/10/13'],
    [41578, 'd mmmm yyyy', '31 October 2013'],
    [41578, 'mmm-yy', 'Oct-13'],
    [41578, 'mmmm yyyy', 'October 2013'],
    [41578, 'dddd d mmm', 'Thursday 31 Oct'],
    [41578, 'yyyy-mm-dd', '2013-10-31'],
    [41578, '[$-809]dd mmmm yyyy;@', '31 October 2013'],
    [41578.5, 'dd/mm/yyyy hh:mm', '31/10/2013 12:00'],
    [0.75, 'h:mm', '18:00'],
    [0.75, 'h:mm AM/PM', '6:00 PM'],
    [0.0104166667, 'mm:ss', '15:00'],
    [1.5, '[h]:mm', '36:00'],
  ])('%p under %p shows %p', (value, code, expected) => {
    expect(formatNumber(value, code)).toBe(expected);
  });

  it('General never shows more than 11 characters of digits', () => {
    for (const v of [Math.PI, Math.E * 1e6, 1 / 7, 2 ** 40, -1 / 9]) {
      expect(formatGeneral(v).replace(/[-.]/g, '').replace(/E.*/, '').length).toBeLessThanOrEqual(11);
    }
  });
});
