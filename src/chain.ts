// Runs middleware one after another as a single layer. grammY's Composer wraps
// every `use` in two async functions per update, which stay suspended until the
// reply is sent; under load their garbage was most of the bot's own CPU
// (bench/). Here one `next` closure per step is all an update costs.
import type { Context, Middleware, MiddlewareFn } from "grammy";

const asFunction = <C extends Context>(mw: Middleware<C>): MiddlewareFn<C> =>
  typeof mw === "function" ? mw : mw.middleware();

export function chain<C extends Context>(...middleware: Middleware<C>[]): MiddlewareFn<C> {
  const steps = middleware.map(asFunction);
  return (ctx, next) => {
    let index = -1;
    const step = (i: number): Promise<void> => {
      if (i <= index) return Promise.reject(new Error("`next` called twice in one middleware"));
      index = i;
      const current = steps[i];
      return current ? Promise.resolve(current(ctx, () => step(i + 1))).then(() => undefined) : next();
    };
    return step(0);
  };
}
