// Sends the queued notices (src/services/notices.ts): right after the change
// that queued them (for one subject) and, every minute, whatever is left (a
// crash, Telegram down). A notice nobody received is tried again later.
import type { Api } from "grammy";
import { claimNotice, noticeFailed, noticeSent, type NoticeKind } from "../services/notices.ts";
import type { JobDeps } from "./legal-aid.ts";

/** Sends one notice; throws (or returns false) when nobody could be reached, so it is tried again. */
export type NoticeHandler = (deps: JobDeps, api: Api, subjectId: number, event: string) => Promise<boolean>;
export type NoticeHandlers = Record<NoticeKind, NoticeHandler>;

/** Sends the due notices (of one subject, when given); returns how many went out. */
export async function deliverNotices(deps: JobDeps, api: Api, handlers: NoticeHandlers, subject?: { kind: NoticeKind; subjectId: number }): Promise<number> {
  let sent = 0;
  for (;;) {
    const notice = await claimNotice(deps.db, deps.clock.now(), subject);
    if (!notice) return sent;
    let failure: string | undefined;
    try {
      if (await handlers[notice.kind](deps, api, notice.subjectId, notice.event)) sent++;
      else failure = "nobody reached";
    } catch (err) {
      // Kept in the row: the kind of failure only (an error's message may quote what was sent).
      const code = (err as { error_code?: unknown; code?: unknown }).error_code ?? (err as { code?: unknown }).code;
      failure = `failed${typeof code === "number" || typeof code === "string" ? ` (${String(code)})` : ""}`;
      deps.logger.warn({ err, notice: notice.id }, "a notice could not be sent");
    }
    if (failure === undefined) await noticeSent(deps.db, notice.id, deps.clock.now());
    else {
      const outcome = await noticeFailed(deps.db, notice, deps.clock.now(), failure);
      deps.logger.warn({ notice: notice.id, kind: notice.kind, event: notice.event, attempts: notice.attempts + 1, failure, outcome }, "a notice was not sent");
    }
  }
}
