// The audit trail of staff administration: ids, roles and times, never texts.
import type { Db } from "../db/client.ts";

export type AuditAction =
  | "role.grant"
  | "role.revoke"
  | "invite.create"
  | "invite.use"
  | "group.link"
  | "group.unlink";
export type AuditVia = "bot" | "cli" | "config" | "invite" | "self-delete";

type Tx = Pick<Db, "auditEvent">;

export interface AuditEntry {
  action: AuditAction;
  actorId: bigint | null;
  subjectId?: bigint | null;
  role?: string;
  scope?: string;
  via: AuditVia;
  now: Date;
}

export function audit(tx: Tx, entry: AuditEntry): Promise<unknown> {
  const { action, actorId, subjectId = null, role, scope, via, now } = entry;
  return tx.auditEvent.create({ data: { at: now, action, actorId, subjectId, role, scope, via } });
}
