/**
 * The one place where values cross the worker boundary by transfer instead of copy (docs/conventions.md § Worker
 * boundary), used by both sides: the worker adapters (results, rasters, imported grids) and the engine client (a grid
 * sent to the worker). It lives in its own folder because src/core imports no worker library (Comlink) and the two
 * sides must not import each other at run time (engine → workers is type-only; workers → core only): this module
 * imports only Comlink and core, and both sides may import it.
 */
import * as Comlink from 'comlink';
import { transferablesOf } from '../core/session/transferables-of';

/**
 * Marks `value` for transfer by Comlink: every buffer found anywhere in it ({@link transferablesOf}) is moved, and the
 * sender's arrays become empty. Throws when it holds no buffer: a transfer list that silently became empty would copy
 * megabytes on every call without anyone noticing, so callers transfer only values that hold arrays.
 */
export function withTransfer<T extends object>(value: T): T {
  const buffers = transferablesOf(value);
  if (buffers.length === 0)
    throw new Error('withTransfer: nothing to transfer (no typed array in the value)');
  return Comlink.transfer(value, buffers);
}
