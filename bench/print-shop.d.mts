/** Types of bench/print-shop.mjs, for the test that imports it. */
export interface PrintShopRun {
  screens: number;
  keystrokes: number;
  files: string[];
  prompts: string[];
}
export function playPrintShop(options: { cli: string; home: string; out: string; node?: string }): Promise<PrintShopRun>;
export const PRINT_SHOP_BUDGET: { screens: number; keystrokes: number };
