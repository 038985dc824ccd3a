// Every callback query gets exactly one answer (Telegram shows a spinner until
// it does, and refuses a second one). Handlers answer when they have something
// to say; whatever is left unanswered is answered at the end of the update.
// Calls are noted on the update's own Api and on the ones the conversations
// plugin makes for flows.
import type { Transformer } from "grammy";

export class CallbackAnswers {
  /** Callback query ids of updates in flight → answered yet. */
  private readonly pending = new Map<string, boolean>();

  /** Install on every Api an update's handlers may use. */
  readonly note: Transformer = (prev, method, payload, signal) => {
    if (method === "answerCallbackQuery") {
      const id = (payload as { callback_query_id?: unknown }).callback_query_id;
      if (typeof id === "string" && this.pending.has(id)) this.pending.set(id, true);
    }
    return prev(method, payload, signal);
  };

  begin(id: string): void {
    this.pending.set(id, false);
  }

  /** True when nobody answered yet; forgets the query either way. */
  finish(id: string): boolean {
    const unanswered = this.pending.get(id) === false;
    this.pending.delete(id);
    return unanswered;
  }
}
