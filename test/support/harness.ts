// Builds the real bot on a temporary database against the fake Bot API.
// Updates are delivered with bot.handleUpdate and awaited, so when
// `user.send()` resolves, everything the bot did for it is recorded.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Bot } from "grammy";
import { createBot, type BotOptions } from "../../src/bot.ts";
import type { BotContext } from "../../src/context.ts";
import { openDatabase, type Database, type Db } from "../../src/db/client.ts";
import { createLogger } from "../../src/logger.ts";
import { syncConfigAdmins } from "../../src/services/roles.ts";
import { systemClock, type Clock } from "../../src/time.ts";
import { FakeTelegram, type FakeUser } from "./fake-telegram.ts";

export interface TestBotOptions extends Partial<Omit<BotOptions, "token" | "apiRoot" | "botInfo">> {
  clock?: Clock;
  adminIds?: bigint[];
}

export class TestBot {
  /** Every log line the bot wrote, as JSON text. */
  readonly logs: string[] = [];

  private constructor(
    readonly fake: FakeTelegram,
    readonly dir: string,
    readonly options: TestBotOptions,
    public bot: Bot<BotContext>,
    public database: Database,
  ) {}

  get db(): Db {
    return this.database.db;
  }

  get databaseUrl(): string {
    return `file:${path.join(this.dir, "test.db")}`;
  }

  static async start(options: TestBotOptions = {}): Promise<TestBot> {
    const fake = await FakeTelegram.start();
    const dir = mkdtempSync(path.join(tmpdir(), "komok-test-"));
    const harness = new TestBot(fake, dir, options, undefined as never, undefined as never);
    await harness.boot();
    return harness;
  }

  private async boot(): Promise<void> {
    const database = await openDatabase(this.databaseUrl);
    const logger = createLogger("debug", { write: (line: string) => void this.logs.push(line) });
    const { clock = systemClock, adminIds = [], ...botOptions } = this.options;
    this.database = database;
    await syncConfigAdmins(database.db, adminIds, clock.now());
    this.bot = createBot(
      { config: { adminIds }, db: database.db, reads: database.reads, logger, clock },
      { token: this.fake.token, apiRoot: this.fake.apiRoot, botInfo: this.fake.botInfo, ...botOptions },
    );
    this.fake.setReceiver((update) => this.bot.handleUpdate(update));
  }

  /** A new bot and database client on the same file, as after a process restart. */
  async restart(options: Partial<TestBotOptions> = {}): Promise<void> {
    await this.database.close();
    Object.assign(this.options, options);
    await this.boot();
  }

  user(id: number, language_code: string | undefined = "ru", first_name = "Айгүл"): FakeUser {
    return this.fake.user({ id, language_code, first_name });
  }

  /** A user who has already chosen a language and seen the greeting. */
  async userWithLanguage(id: number, locale: "ky" | "ru"): Promise<FakeUser> {
    const user = this.user(id, locale);
    await user.send("/start");
    await user.click(locale === "ky" ? "Кыргызча" : "Русский");
    return user;
  }

  /**
   * Closes the bot. Every test that uses the harness also checks here that its
   * logs hold nothing people typed: no texts, phone numbers, names or group titles.
   */
  async close(): Promise<void> {
    const leaked = this.fake.typedIn(this.logs.join("\n"));
    await this.database.close();
    await this.fake.close();
    rmSync(this.dir, { recursive: true, force: true });
    if (leaked.length > 0) throw new Error(`The logs hold what people typed: ${leaked.map((v) => JSON.stringify(v)).join(", ")}`);
  }
}
