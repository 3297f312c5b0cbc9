/**
 * A start-up problem the developer can fix (missing Java, port in use, stack
 * not running). Its message is one line meant to be printed as is, without a
 * stack trace.
 */
export class LocalStackError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LocalStackError';
  }
}
