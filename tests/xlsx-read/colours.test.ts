/** Tints change a colour's HLS luminance, as Excel does: checked against Office's own "Lighter/Darker" palette. */
import { applyTint, DEFAULT_PALETTE, resolveColour } from '../../src/xlsx/colours';

describe('colours', () => {
  it.each([
    ['70AD47', 0.5999938962981048, 'C5E0B4'], // Green, Accent 6, Lighter 60%
    ['4472C4', 0.7999816888943144, 'DAE3F3'], // Blue, Accent 1, Lighter 80%
    ['ED7D31', -0.249977111117893, 'C55A11'], // Orange, Accent 2, Darker 25%
    ['FFC000', -0.499984740745262, '806000'], // Gold, Accent 4, Darker 50%
    ['FFFFFF', -0.0499893185216834, 'F2F2F2'], // White, Background 1, Darker 5%
  ])('%s with tint %p is %s', (hex, tint, expected) => {
    expect(applyTint(hex, tint)).toBe(expected);
  });

  it('theme colours come from the palette given (a workbook’s own theme), indexed from the legacy palette', () => {
    const council = { ...DEFAULT_PALETTE, theme: ['FFFFFF', '000000', 'EEEEEE', '222222', 'C8102E'] };
    expect(resolveColour({ theme: 4 }, council)).toBe('#C8102E');
    expect(resolveColour({ theme: 4 }, DEFAULT_PALETTE)).toBe('#4472C4');
    expect(resolveColour({ indexed: 10 }, DEFAULT_PALETTE)).toBe('#FF0000');
    expect(resolveColour({ indexed: 64 }, DEFAULT_PALETTE)).toBeUndefined(); // system foreground
    expect(resolveColour({ argb: 'FF00B050' }, council)).toBe('#00B050');
  });
});
