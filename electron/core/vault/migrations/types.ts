import type { Db } from '../database';

export interface Migration {
  /** Equal to its position in the list, starting at 1; becomes PRAGMA user_version. */
  readonly version: number;
  readonly name: string;
  readonly up: (db: Db) => void;
}
