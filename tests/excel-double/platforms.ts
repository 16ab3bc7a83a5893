/**
 * The Excel versions the double can stand in for, each with the ExcelApi requirement sets it supports.
 *
 * Source: Microsoft, "Excel JavaScript API requirement sets", table "Requirement set availability"
 * (learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets, read through
 * OfficeDev/office-js-docs-reference docs/requirement-sets/excel/excel-api-requirement-sets.md):
 * - volume-licensed perpetual Office on Windows: ExcelApi 1.1 is "Office 2016"; 1.2 to 1.7 are
 *   "Office 2019"; 1.8 to 1.14 are "Office 2021"; 1.15 to 1.17 are "Office 2024"; 1.18 and later are
 *   not available to perpetual Office;
 * - Microsoft 365 on Windows and Mac, and Office on the web: every numbered set up to ExcelApi 1.20
 *   (Version 2509 on Windows, 16.100 on Mac); the web also has ExcelApiOnline.
 *
 * Excel 2016 (ExcelApi 1.1 only) is below the manifest's ExcelApi 1.7 and cannot run the add-in at all.
 */

export interface Platform {
  /** What README and test names call it. */
  label: string;
  /** The newest ExcelApi 1.x set this Excel supports (it supports every set below it too). */
  excelApi: string;
  /** Office on the web: the 5 MB request and response limit is documented there only. */
  web: boolean;
}

export const PLATFORMS = {
  excel2019: { label: 'Excel 2019', excelApi: '1.7', web: false },
  excel2021: { label: 'Excel 2021', excelApi: '1.14', web: false },
  excel2024: { label: 'Excel 2024', excelApi: '1.17', web: false },
  microsoft365: { label: 'Microsoft 365 / Excel on the web', excelApi: '1.20', web: true },
} as const satisfies Record<string, Platform>;

export type PlatformId = keyof typeof PLATFORMS;

export const PLATFORM_IDS = Object.keys(PLATFORMS) as PlatformId[];

/** `Office.context.requirements.isSetSupported` as this platform answers it. */
export function isSetSupportedOn(platform: Platform): (name: string, version?: string) => boolean {
  const [maxMajor, maxMinor] = platform.excelApi.split('.').map(Number);
  return (name, version = '1.1') => {
    if (name === 'ExcelApiOnline') return platform.web;
    if (name !== 'ExcelApi') return false;
    const [major, minor = 0] = String(version).split('.').map(Number);
    return major < maxMajor || (major === maxMajor && minor <= maxMinor);
  };
}
