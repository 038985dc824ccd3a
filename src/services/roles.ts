// Staff roles: who holds which, granted and revoked with an audit trail.
import type { Db } from "../db/client.ts";
import type { FastReads } from "../db/fast-reads.ts";
import type { UserRecord } from "../context.ts";
import { audit, type AuditVia } from "./audit.ts";

export const ROLES = ["admin", "clinic_staff", "comms_officer", "employment_officer", "employer"] as const;
export type Role = (typeof ROLES)[number];
export const isRole = (v: unknown): v is Role => (ROLES as readonly unknown[]).includes(v);

/** Roles that cover one clinic or employer; their scope names it. */
export const SCOPED: Partial<Record<Role, "clinic" | "employer">> = { clinic_staff: "clinic", employer: "employer" };

export const clinicScope = (id: number) => `clinic:${id}`;
export const employerScope = (id: number) => `employer:${id}`;

/** What someone may do with vacancies: employment officers any employer's, employers their own. */
export function vacancyRights(grants: readonly Grant[]): { officer: boolean; employerIds: number[] } {
  return {
    officer: grants.some((g) => g.role === "employment_officer"),
    employerIds: grants.filter((g) => g.role === "employer").flatMap((g) => {
      const scope = parseScope(g.scope);
      return scope?.kind === "employer" ? [scope.id] : [];
    }),
  };
}

/** "clinic:3" → { kind: "clinic", id: 3 }. */
export function parseScope(scope: string): { kind: "clinic" | "employer"; id: number } | undefined {
  const match = /^(clinic|employer):(\d{1,9})$/.exec(scope);
  return match ? { kind: match[1] as "clinic" | "employer", id: Number(match[2]) } : undefined;
}

/** Whether `scope` fits `role`: a clinic for clinic staff, an employer for employers, nothing otherwise. */
export function scopeFits(role: Role, scope: string): boolean {
  const kind = SCOPED[role];
  return kind ? parseScope(scope)?.kind === kind : scope === "";
}

export interface Grant {
  role: Role;
  scope: string;
}

/** The roles a person holds (a prepared read: cheap enough for every staff action). */
export function rolesOf(reads: FastReads, userId: bigint): Grant[] {
  return grants(reads.roles(userId));
}

/** The rows that name a role this code knows. */
const grants = (rows: { role: string; scope: string }[]): Grant[] => rows.filter((g): g is Grant => isRole(g.role));

export function hasRole(reads: FastReads, userId: bigint, role: Role, scope?: string): boolean {
  return rolesOf(reads, userId).some((g) => g.role === role && (scope === undefined || g.scope === scope));
}

export const isStaff = (reads: FastReads, userId: bigint) => reads.roles(userId).length > 0;

/** A person's roles: as read with them for this update, or read now. */
export function rolesOfUser(reads: FastReads, user: UserRecord): Grant[] {
  return grants(user.roles ?? reads.roles(user.id));
}

export interface GrantRequest {
  userId: bigint;
  role: Role;
  scope?: string;
  /** Who granted it: an admin's id, or null for the CLI and ADMIN_IDS. */
  by: bigint | null;
  via: AuditVia;
  now: Date;
}

/**
 * Grants a role (the person's User row is created if they have never written).
 * Returns false when they already held it.
 */
export async function grantRole(db: Db, request: GrantRequest): Promise<boolean> {
  const { userId, role, scope = "", by, via, now } = request;
  if (!scopeFits(role, scope)) throw new Error(`scope "${scope}" does not fit role ${role}`);
  return db.$transaction(async (tx) => {
    const existing = await tx.roleGrant.findUnique({ where: { userId_role_scope: { userId, role, scope } } });
    if (existing) return false;
    await tx.user.upsert({ where: { id: userId }, create: { id: userId, firstSeenAt: now, lastSeenAt: now }, update: {} });
    await tx.roleGrant.create({ data: { userId, role, scope, grantedBy: by, grantedVia: via, grantedAt: now } });
    await audit(tx, { action: "role.grant", actorId: by, subjectId: userId, role, scope, via, now });
    return true;
  });
}

/** Revokes a role; false when the person did not hold it. */
export async function revokeRole(
  db: Db,
  request: { userId: bigint; role: Role; scope?: string; by: bigint | null; via: AuditVia; now: Date },
): Promise<boolean> {
  const { userId, role, scope = "", by, via, now } = request;
  return db.$transaction(async (tx) => {
    const { count } = await tx.roleGrant.deleteMany({ where: { userId, role, scope } });
    if (count === 0) return false;
    await audit(tx, { action: "role.revoke", actorId: by, subjectId: userId, role, scope, via, now });
    // An admin's unused invites go with the role: they must not grant anything later.
    if (role === "admin") await tx.invite.deleteMany({ where: { createdBy: userId, usedAt: null } });
    // The name admins saw is kept for staff only.
    if ((await tx.roleGrant.count({ where: { userId } })) === 0) {
      await tx.user.updateMany({ where: { id: userId }, data: { displayName: null } });
    }
    return true;
  });
}

/**
 * Makes the admins granted from ADMIN_IDS match the configuration: ids added
 * get the role, ids removed lose it (admins granted otherwise are left alone).
 */
export async function syncConfigAdmins(db: Db, adminIds: readonly bigint[], now: Date): Promise<void> {
  for (const userId of adminIds) await grantRole(db, { userId, role: "admin", by: null, via: "config", now });
  const stale = await db.roleGrant.findMany({
    where: { role: "admin", grantedVia: "config", userId: { notIn: [...adminIds] } },
  });
  for (const grant of stale) await revokeRole(db, { userId: grant.userId, role: "admin", by: null, via: "config", now });
}
