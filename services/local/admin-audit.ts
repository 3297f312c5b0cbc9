import { appendFileSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { LOCAL_DIR } from './state';

/** One operator action as the audit trail keeps it: ids, counts and outcome only, never an email or member text. */
export interface AuditEntry {
  readonly action: string;
  /** The account acted on (its sub); null when there is none (a lookup that found nobody, a migration). */
  readonly accountId: string | null;
  readonly where: string;
  readonly outcome: 'ok' | 'not-found' | 'refused' | 'failed';
  readonly detail?: Record<string, string | number | boolean | null>;
}

/** `LACRIMA_AUDIT_FILE` moves it (the tests' own); kept with the local stack's files otherwise (git-ignored). */
export function auditFile(): string {
  return process.env.LACRIMA_AUDIT_FILE || join(LOCAL_DIR, 'admin-audit.log');
}

/** Writes the line to stderr and appends it to the audit file: what the operator sees is what is kept. */
export function audit(entry: AuditEntry): void {
  const line = JSON.stringify({ at: new Date().toISOString(), operator: operatorName(), ...entry });
  console.error(line);
  mkdirSync(dirname(auditFile()), { recursive: true });
  appendFileSync(auditFile(), `${line}\n`, { mode: 0o600 });
}

function operatorName(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}
