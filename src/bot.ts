// createBot(deps) composes middleware and features into an unstarted bot.
// No side effects: src/main.ts starts it; tests build it on a temp database
// against a fake Bot API.
import { autoRetry } from "@grammyjs/auto-retry";
import { conversations, createConversation } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Api, Bot, BotError, type ApiClientOptions, type Middleware } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { allFlows } from "../flows/index.ts";
import { isLocale, type BotContext, type BotDeps, type BotServices, type FlowContext, type SessionData, type UserRecord } from "./context.ts";
import { broadcastControls, BroadcastsFeature, CONTROL_PREFIX } from "./features/broadcasts.ts";
import { FactChecksFeature } from "./features/factchecks.ts";
import { JobsFeature } from "./features/jobs.ts";
import { LegalAidFeature } from "./features/legal-aid.ts";
import { BroadcastSender, DEFAULT_SENDER } from "./jobs/broadcast-sender.ts";
import { deliverNotices, type NoticeHandlers } from "./jobs/notices.ts";
import type { Db, FastReads } from "./db/client.ts";
import type { Logger } from "./logger.ts";
import type { Clock } from "./time.ts";
import { CallbackAnswers } from "./callback-answers.ts";
import { chain } from "./chain.ts";
import { ReadAhead, stateStorage } from "./db/state-storage.ts";
import { flowsVersion, inFlowLanguage, type Flow, type FlowEnv } from "./flow.ts";
import { basicRoutes, flowEntryRoutes, showHelp } from "./features/basics.ts";
import { blockedFeature } from "./features/blocked.ts";
import { GroupsFeature } from "./features/groups.ts";
import { MyDataFeature } from "./features/my-data.ts";
import { rateLimit, type RateLimitOptions } from "./features/rate-limit.ts";
import { StaffButtons } from "./features/staff-buttons.ts";
import { StaffFeature, type StaffEntry } from "./features/staff.ts";
import { PERSONAL_DATA } from "./privacy/sections.ts";
import { markBlockedOnRefusal } from "./services/delivery.ts";
import { rolesOfUser } from "./services/roles.ts";
import { ButtonSigner } from "./signed-data.ts";
import { fallbackFeature, groupFeature } from "./features/fallback.ts";
import { languageRoutes, showLanguageChoice } from "./features/language.ts";
import { MainMenu, type MenuEntry } from "./features/menu.ts";
import { StartRouter, type StartPayloadHandler } from "./features/start.ts";
import { getI18n, i18nContext, localeFromTelegram } from "./i18n.ts";
import { fetchWaitingOutFloods } from "./telegram-fetch.ts";
import { Routes } from "./router.ts";
import { identifyUser, userLanguage } from "./services/users.ts";

export interface BotOptions {
  token: string;
  /** Bot API server, e.g. a local one or the fake in test/. */
  apiRoot?: string;
  /** Known bot identity; skips getMe (tests, the chat simulator). */
  botInfo?: UserFromGetMe;
  flows?: readonly Flow[];
  startPayloads?: readonly StartPayloadHandler[];
  /** Staff menu entries of later features (the admin's come built in). */
  staffEntries?: readonly StaffEntry[];
  /** Per-person flood limit; false turns it off (benchmarks). */
  rateLimit?: RateLimitOptions | false;
}

/**
 * The broadcast sender as the bot runs it: its own Api (it handles 429s itself,
 * no automatic retries under it), the pace `rate` (messages a second), and the
 * pause / resume / cancel buttons under the author's progress, signed per chat.
 */
export function botBroadcastSender(deps: { db: Db; logger: Logger; clock: Clock }, options: { token: string; apiRoot?: string; rate: number }): BroadcastSender {
  const signer = new ButtonSigner(options.token);
  return new BroadcastSender(
    deps,
    new Api(options.token, options.apiRoot ? { apiRoot: options.apiRoot } : {}),
    { ...DEFAULT_SENDER, rate: options.rate },
    broadcastControls((chatId, arg) => signer.sign(chatId, `${CONTROL_PREFIX}:${arg}`)),
  );
}

/** What sends each kind of queued notice, for the notices job (the bot sends its own at once with the same). */
export function noticeHandlers(token: string): NoticeHandlers {
  return new LegalAidFeature(new StaffButtons(new ButtonSigner(token))).noticeHandlers();
}

/** A person turned away under overload is told at most this often (each button press is still answered). */
const BUSY_MESSAGE_EVERY_MS = 60_000;

/**
 * The answer to an update turned away under overload (src/server.ts): a short
 * "busy, try again in a minute" in the person's language, as an alert for a
 * button. Nothing else is read or written; a conversation in progress stays
 * where it was, so sending the answer again goes on from there. A message
 * gets it once a minute per person, so that the busy answers do not take the
 * sending budget the real answers need. (Remembered per process: with two
 * instances, once a minute from each.)
 */
export function busyAnswer(reads: FastReads, api: Api): (update: Update) => Promise<void> {
  const i18n = getI18n();
  const told = new Map<number, number>();
  return async (update) => {
    const callback = update.callback_query;
    const message = update.message ?? update.edited_message;
    const from = callback?.from ?? message?.from;
    if (!from || from.is_bot) return;
    const chosen = reads.user(BigInt(from.id))?.language;
    const text = i18n.t(isLocale(chosen) ? chosen : (localeFromTelegram(from.language_code) ?? "ru"), "busy-try-later");
    if (callback) return void (await api.answerCallbackQuery(callback.id, { text, show_alert: true }));
    if (message?.chat.type !== "private") return;
    const now = Date.now();
    if (now - (told.get(from.id) ?? -Infinity) < BUSY_MESSAGE_EVERY_MS) return;
    if (told.size > 10_000) for (const [id, at] of told) if (now - at >= BUSY_MESSAGE_EVERY_MS) told.delete(id);
    told.set(from.id, now);
    await api.sendMessage(message.chat.id, text);
  };
}

/** Same chat: one update at a time; different chats run concurrently. */
export const updateKey = (ctx: BotContext) => (ctx.chatId ?? ctx.from?.id)?.toString();

export function createBot(deps: BotDeps, options: BotOptions): Bot<BotContext> {
  const { db, reads, clock } = deps;
  const i18n = getI18n();
  const flows = options.flows ?? allFlows;
  const bot = new Bot<BotContext>(options.token, {
    botInfo: options.botInfo,
    client: {
      ...(options.apiRoot ? { apiRoot: options.apiRoot } : {}),
      // Flood waits below grammY, so guided conversations get them too.
      fetch: fetchWaitingOutFloods({ maxAttempts: 3, maxDelaySeconds: 60 }) as unknown as ApiClientOptions["fetch"],
    },
  });
  // Server errors, network errors, and 429s on file uploads.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60 }));
  const markBlocked = markBlockedOnRefusal(db, clock, () => deps.logger);
  bot.api.config.use(markBlocked);

  bot.use(sequentialize(updateKey));

  const menuEntries: MenuEntry[] = [
    ...flows
      .filter((f) => f.menu)
      .map((f) => ({
        id: f.name,
        labelKey: f.menu!.labelKey,
        aboutKey: f.menu!.aboutKey,
        kind: "flow" as const,
        open: (ctx: BotContext, arg?: string) =>
          ctx.conversation.enter(f.name, { menu: menu.entries.filter((e) => !e.visible || e.visible(ctx)).map((e) => e.id), ...(arg ? { arg } : {}) } satisfies FlowEnv),
        ...(f.menu!.roles
          ? { visible: (ctx: BotContext) => ctx.user !== undefined && rolesOfUser(reads, ctx.user).some((g) => f.menu!.roles!.includes(g.role)) }
          : {}),
      })),
    {
      id: "staff",
      labelKey: "menu-staff",
      aboutKey: "menu-staff-about",
      kind: "action",
      open: (ctx) => staff.show(ctx),
      visible: (ctx) => ctx.user !== undefined && rolesOfUser(reads, ctx.user).length > 0,
    },
    { id: "language", labelKey: "menu-language", aboutKey: "menu-language-about", kind: "action", open: showLanguageChoice },
    { id: "privacy", labelKey: "menu-privacy", aboutKey: "menu-privacy-about", kind: "action", open: (ctx) => myData.showPrivacy(ctx) },
    { id: "help", labelKey: "menu-help", aboutKey: "menu-help-about", kind: "action", open: (ctx) => showHelp(ctx, menu) },
  ];
  const menu = new MainMenu(menuEntries);
  const staffButtons = new StaffButtons(new ButtonSigner(options.token));
  const legalAid = new LegalAidFeature(staffButtons);
  const jobs = new JobsFeature(staffButtons);
  const factChecks = new FactChecksFeature(staffButtons);
  const broadcasts = new BroadcastsFeature(staffButtons);
  const staff = new StaffFeature(menu, staffButtons, [
    ...legalAid.staffEntries(),
    ...jobs.staffEntries(),
    ...factChecks.staffEntries(),
    ...broadcasts.staffEntries(),
    ...(options.staffEntries ?? []),
  ], (ctx, role, scope) => (role === "clinic_staff" ? legalAid.pendingCards(ctx, [Number(scope.slice("clinic:".length))]) : Promise.resolve()));
  const services: BotServices = {
    deliverNotices: (api, subject) => deliverNotices(deps, api, legalAid.noticeHandlers(), subject),
    vacancyPending: (api, vacancyId) => jobs.vacancyPending(deps, api, vacancyId),
    rumourQueued: (api, rumourId) => factChecks.rumourQueued(deps, api, rumourId),
    rumourAnswered: (api, rumourId, factCheckId, by) => factChecks.answer(deps, api, rumourId, factCheckId, by),
    broadcastSubmitted: (api, broadcastId) => broadcasts.submitted(deps, api, broadcastId),
  };
  const groups = new GroupsFeature(staffButtons);
  const myData = new MyDataFeature(menu, PERSONAL_DATA);
  const start = new StartRouter(menu, [staff.invites(), factChecks.writeLink(), ...(options.startPayloads ?? [])]);

  const sessions = stateStorage<SessionData>(db, reads, "session");
  const beforeFlows = new Routes();
  basicRoutes(beforeFlows, menu);
  myData.routes(beforeFlows);
  staff.routes(beforeFlows);
  groups.routes(beforeFlows);
  const afterFlows = new Routes();
  legalAid.routes(beforeFlows, afterFlows);
  jobs.routes(beforeFlows);
  factChecks.routes(beforeFlows);
  languageRoutes(beforeFlows, { menu, sessions, start });
  factChecks.routesAfterFlows(afterFlows);
  broadcasts.routesAfterFlows(afterFlows);
  start.routes(afterFlows);
  flowEntryRoutes(afterFlows, menu);

  const conversationReadAhead = new ReadAhead();
  const identify: Middleware<BotContext> = (ctx, next) => {
    // Only what a person does creates or touches their record (not, e.g., blocking the bot).
    const interactive = ctx.message ?? ctx.editedMessage ?? ctx.callbackQuery;
    if (!interactive || !ctx.from || ctx.from.is_bot) return next();
    if (ctx.chat?.type !== "private") {
      // In a group: someone the bot knows is answered in their language.
      const id = BigInt(ctx.from.id);
      const language = userLanguage(reads, id);
      if (language) ctx.user = { id, language };
      return next();
    }
    const id = BigInt(ctx.from.id);
    const key = ctx.chat.id.toString(); // the conversations' storage key
    const visit = reads.visit(id, key);
    conversationReadAhead.put(key, visit.conversation);
    const user = identifyUser(db, visit.user, id, clock.now(), () => ctx.log);
    const handle = (u: UserRecord) => {
      ctx.user = u;
      let handled: Promise<void>;
      try {
        handled = next();
      } catch (error) {
        conversationReadAhead.drop(key); // a step after this one threw before it returned
        throw error;
      }
      return handled.finally(() => conversationReadAhead.drop(key));
    };
    return user instanceof Promise ? user.then(handle, (error: unknown) => (conversationReadAhead.drop(key), Promise.reject(error))) : handle(user);
  };
  const answers = new CallbackAnswers();
  const conversationsPlugin = conversations<BotContext, FlowContext>({
    storage: {
      type: "key",
      version: flowsVersion(flows),
      adapter: stateStorage(db, reads, "conversation", conversationReadAhead),
      getStorageKey: (ctx) => ctx.chatId?.toString(),
    },
    plugins: [
      // Inside a flow the user record is read per update (the flow itself then
      // reads the language at its start and after each answer: inFlowLanguage), and button answers
      // are noted as outside.
      (ctx, next) => {
        ctx.api.config.use(answers.note, markBlocked);
        if (ctx.chat?.type === "private" && ctx.from) {
          const id = BigInt(ctx.from.id);
          ctx.user = { id, language: userLanguage(reads, id) };
        }
        return next();
      },
      i18nContext<FlowContext>(i18n),
    ],
  });
  const app = chain<BotContext>(
    contextSetup(deps, answers),
    (ctx, next) => {
      ctx.services = services;
      return next();
    },
    identify,
    i18nContext(i18n),
    options.rateLimit === false ? (_ctx, next) => next() : rateLimit(options.rateLimit),
    blockedFeature(),
    staffButtons.middleware(),
    legalAid.middleware(),
    groups.middleware(),
    groupFeature(),
    start.languageFirst(sessions),
    conversationsPlugin,
    // 1. What works the same inside and outside a guided conversation (STOP included).
    beforeFlows.middleware(),
    factChecks.stopWord(),
    // 2. The flows: an update for a conversation in progress stops here.
    ...flows.map((flow) => createConversation<BotContext, FlowContext>(inFlowLanguage(flow), { id: flow.name })),
    // 3. After the flows, so that the conversations they enter are registered.
    afterFlows.middleware(),
    // Outside conversations: a forwarded message to check.
    (ctx, next) => factChecks.outsideFlows(ctx).then((done) => (done ? undefined : next())),
    fallbackFeature(menu),
  );

  bot.errorBoundary(async (error: BotError<BotContext>) => {
    const ctx = error.ctx;
    (ctx.log ?? deps.logger).error({ err: error.error, update_id: ctx.update.update_id }, "update failed");
    const privateChat = ctx.chat?.type === "private";
    const locale = ctx.user?.language ?? localeFromTelegram(ctx.from?.language_code) ?? "ru";
    const apology = i18n.t(locale, "error-apology");
    try {
      if (ctx.callbackQuery && answers.finish(ctx.callbackQuery.id)) {
        await ctx.answerCallbackQuery(privateChat ? { text: apology } : {}).catch(() => undefined);
      }
      if (privateChat) await ctx.reply(apology);
    } catch (err) {
      (ctx.log ?? deps.logger).warn({ err }, "could not send the apology");
    }
  }, app);

  bot.catch((error) => {
    deps.logger.error({ err: error.error, update_id: error.ctx.update.update_id }, "unhandled error");
  });
  return bot;
}

/** Puts deps and a per-update logger on the context, and answers any callback left unanswered. */
// (Runs inside the error boundary: the boundary's handler answers a failed update's callback.)
function contextSetup(deps: BotDeps, answers: CallbackAnswers): Middleware<BotContext> {
  const answerLeftovers = async (ctx: BotContext, id: string, next: () => Promise<void>) => {
    answers.begin(id);
    ctx.api.config.use(answers.note);
    await next(); // on an error, the boundary answers, with the apology
    if (answers.finish(id)) await ctx.answerCallbackQuery().catch(() => undefined);
  };
  return (ctx, next) => {
    ctx.deps = deps;
    // Most updates log nothing: make the child logger on first use.
    let log: BotContext["log"] | undefined;
    Object.defineProperty(ctx, "log", {
      get: () => (log ??= deps.logger.child({ update_id: ctx.update.update_id })),
    });
    return ctx.callbackQuery ? answerLeftovers(ctx, ctx.callbackQuery.id, next) : next();
  };
}
