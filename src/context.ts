// Context types: outside conversations (BotContext) and inside them (FlowContext).
import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Api, Context } from "grammy";
import type { Config } from "./config.ts";
import type { Db, FastReads } from "./db/client.ts";
import type { Logger } from "./logger.ts";
import type { NoticeKind } from "./services/notices.ts";
import type { Clock } from "./time.ts";

export type Locale = "ky" | "ru";
export const isLocale = (v: unknown): v is Locale => v === "ky" || v === "ru";

/** Per-chat state kept in the database between updates (StoredState, scope "session"). */
export interface SessionData {
  /** A /start payload that arrived before the person chose a language. */
  pendingStartPayload?: string;
}

/** The person behind a private-chat update, as the database knows them. */
export interface UserRecord {
  id: bigint;
  language: Locale | null;
  /** The roles they hold, when read with them for this update (private messages and buttons). */
  roles?: { role: string; scope: string }[];
}

export interface BotDeps {
  config: Pick<Config, "adminIds"> & Partial<Config>;
  db: Db;
  reads: FastReads;
  logger: Logger;
  clock: Clock;
}

/** Features' actions that flows call from conversation.external (set per update). */
export interface BotServices {
  /** Sends the queued notices of a subject now (src/jobs/notices.ts; the notices job sends what is left). */
  deliverNotices(api: Api, subject: { kind: NoticeKind; subjectId: number }): Promise<number>;
  /** Asks the employment officers to approve a new employer's vacancy. */
  vacancyPending(api: Api, vacancyId: number): Promise<void>;
  /** Shows the communications officers a new rumour in the queue. */
  rumourQueued(api: Api, rumourId: number): Promise<void>;
  /** Answers a queued rumour with a fact-check and tells its askers; the number told, or null if decided already. */
  rumourAnswered(api: Api, rumourId: number, factCheckId: string, by: bigint): Promise<number | null>;
  /** Shows the communications officers a broadcast waiting for a second officer's approval. */
  broadcastSubmitted(api: Api, broadcastId: number): Promise<void>;
}

interface Extras {
  deps: BotDeps;
  services: BotServices;
  /** Child logger carrying the update id; never log names, phones or texts. */
  log: Logger;
  /** Set for private chats by the user middleware. */
  user?: UserRecord;
}

export type BaseContext = Context & I18nFlavor & Extras;
export type BotContext = ConversationFlavor<BaseContext>;
/** The context inside a guided conversation (flows/). */
// (Flows reach the database through conversation.external, whose callback gets
// the outside BotContext with its deps.)
export type FlowContext = Context & I18nFlavor & { user?: UserRecord };
