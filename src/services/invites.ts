// One-time invite links that grant a staff role: t.me/<bot>?start=inv_<token>.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client.ts";
import { audit, type AuditVia } from "./audit.ts";
import { grantRole, isRole, scopeFits, type Role } from "./roles.ts";

export const INVITE_PREFIX = "inv_";
export const INVITE_HOURS = 72;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export interface NewInvite {
  role: Role;
  scope?: string;
  /** The admin who made it; null for the CLI. */
  by: bigint | null;
  via: AuditVia;
  now: Date;
  hours?: number;
}

/** Creates an invite and returns its start payload ("inv_<token>") and expiry. */
export async function createInvite(db: Db, invite: NewInvite): Promise<{ payload: string; expiresAt: Date }> {
  const { role, scope = "", by, via, now, hours = INVITE_HOURS } = invite;
  if (!scopeFits(role, scope)) throw new Error(`scope "${scope}" does not fit role ${role}`);
  const token = randomBytes(18).toString("base64url"); // 24 characters, 144 bits
  const expiresAt = new Date(now.getTime() + hours * 3_600_000);
  await db.$transaction(async (tx) => {
    await tx.invite.create({ data: { tokenHash: hash(token), role, scope, createdBy: by, createdAt: now, expiresAt } });
    await audit(tx, { action: "invite.create", actorId: by, role, scope, via, now });
  });
  return { payload: `${INVITE_PREFIX}${token}`, expiresAt };
}

export const inviteLink = (botUsername: string, payload: string) => `https://t.me/${botUsername}?start=${payload}`;

export type InviteOutcome =
  | { ok: true; role: Role; scope: string; createdBy: bigint | null }
  | { ok: false; reason: "unknown" | "used" | "expired" | "already" ; role?: Role; scope?: string };

/**
 * Uses an invite for `userId`: grants its role once. An unknown (forged) token,
 * a used or expired invite, or a role the person already holds grants nothing
 * (in the last case the invite stays usable for someone else).
 */
export async function useInvite(db: Db, token: string, userId: bigint, now: Date): Promise<InviteOutcome> {
  const tokenHash = hash(token);
  const invite = await db.invite.findUnique({ where: { tokenHash } });
  if (!invite || !isRole(invite.role)) return { ok: false, reason: "unknown" };
  const { role, scope } = invite;
  if (invite.usedAt) return { ok: false, reason: "used", role, scope };
  if (invite.expiresAt <= now) return { ok: false, reason: "expired", role, scope };
  // Made by an admin who has since lost the role: it grants nothing.
  if (invite.createdBy !== null) {
    const creator = await db.roleGrant.findFirst({ where: { userId: invite.createdBy, role: "admin" } });
    if (!creator) return { ok: false, reason: "unknown" };
  }
  const held = await db.roleGrant.findUnique({ where: { userId_role_scope: { userId, role, scope } } });
  if (held) return { ok: false, reason: "already", role, scope };
  // Claim it first: of two people opening the same link at once, one wins.
  const { count } = await db.invite.updateMany({
    where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now, usedBy: userId },
  });
  if (count === 0) return { ok: false, reason: "used", role, scope };
  await grantRole(db, { userId, role, scope, by: invite.createdBy, via: "invite", now });
  await audit(db, { action: "invite.use", actorId: userId, subjectId: invite.createdBy, role, scope, via: "invite", now });
  return { ok: true, role, scope, createdBy: invite.createdBy };
}
