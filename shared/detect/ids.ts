import { hash64 } from './fingerprint';

/** Identifies one occurrence within one detection run (path, span and type). */
export const detectionId = (path: string, start: number, end: number, type: string): string => `d-${hash64(`${path}|${start}|${end}|${type}`)}`;
