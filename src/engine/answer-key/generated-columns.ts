import { EngineError } from '../core/errors';
import type { GeneratedCell, GeneratedTable } from '../generate/table';

/**
 * A column of a generated table by its header, for the answer keys.
 * @throws EngineError `missing-column` when the table has no such column (a generator changed its headers).
 * @example generatedColumn(table, '会员号')[0] // 'M92626'
 */
export function generatedColumn(table: GeneratedTable, name: string): readonly GeneratedCell[] {
  const column = table.data[name];
  if (!column) {
    throw new EngineError('missing-column', `生成的数据中没有“${name}”列(the generated table has no column "${name}")`, { name });
  }
  return column;
}

/** A numeric column: numbers as they are, empty cells as null. @throws EngineError `missing-column`. */
export function numericColumn(table: GeneratedTable, name: string): (number | null)[] {
  return generatedColumn(table, name).map((cell) => (typeof cell === 'number' ? cell : null));
}

/** A text column: empty cells as ''. @throws EngineError `missing-column`. */
export function textColumn(table: GeneratedTable, name: string): string[] {
  return generatedColumn(table, name).map((cell) => (cell === null ? '' : String(cell)));
}
