export const FORMATS = ['md', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];
