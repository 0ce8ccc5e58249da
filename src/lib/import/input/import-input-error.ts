/**
 * An input file the importer cannot read at all (missing, empty, too big, not UTF-8, not JSON, not the
 * format asked for). Its message names the file, what is wrong and what to do; the command prints it as
 * one line and exits, never with a stack trace.
 */
export class ImportInputError extends Error {
  override name = 'ImportInputError';
}
