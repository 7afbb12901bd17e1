import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

export const CHROMIUM: string;
export function launchChromium(options?: BrowserContextOptions): Promise<{ context: BrowserContext; close(): Promise<void> }>;
