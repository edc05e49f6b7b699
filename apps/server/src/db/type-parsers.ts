// Both dialects read values the same way: bigint counts as numbers (safe below 2^53) and
// calendar dates as their local 'YYYY-MM-DD' text, never shifted through a JS Date.
export const INT8_OID = 20;
export const DATE_OID = 1082;

export const parseInt8 = (value: string): number => Number(value);
export const parseDate = (value: string): string => value;
