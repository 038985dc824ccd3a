// Asking for occupations in the person's own words: read against the
// catalogue, confirmed, picked from near matches, or chosen from the list by
// group. Used by the jobseeker's registration and by the vacancy form.
import type { FlowContext } from "../src/context.ts";
import { catalogue, matchOccupations } from "../src/domain/jobs/catalogue.ts";
import type { Questions } from "../src/questions.ts";

/** Up to `max` occupation ids, and what the person typed (kept as written). */
export async function askOccupations(q: Questions, ctx: FlowContext, max: number): Promise<{ ids: string[]; typed: string }> {
  const t = ctx.t.bind(ctx);
  const locale = () => ctx.user?.language ?? "ru";
  const name = (id: string) => catalogue().byId.get(id)?.[locale()] ?? id;
  const chosen: string[] = [];
  const typed: string[] = [];
  for (;;) {
    const text = (await q.text(t(chosen.length ? "jobs-ask-occupation-more" : max === 1 ? "jobs-ask-occupation-one" : "jobs-ask-occupation"), {
      check: (s) => (s.length >= 2 && s.length <= 200 ? s : undefined),
      retry: t("jobs-retry-occupation"),
    }))!;
    typed.push(text);
    const matches = matchOccupations(text).filter((m) => !chosen.includes(m.id));
    const sure = matches.filter((m) => m.how !== "similar").slice(0, max - chosen.length);
    let picked: string[] = [];
    if (sure.length > 0) {
      const ok = await q.choice(t("jobs-occupation-understood", { names: sure.map((m) => name(m.id)).join(", ") }), [
        { value: "yes", label: t("jobs-occupation-yes") },
        { value: "list", label: t("jobs-occupation-list") },
      ], 1);
      if (ok === "yes") picked = sure.map((m) => m.id);
    } else if (matches.length > 0) {
      const one = await q.choice(t("jobs-occupation-maybe"), [
        ...matches.slice(0, 6).map((m) => ({ value: m.id, label: name(m.id) })),
        { value: "list", label: t("jobs-occupation-list"), wide: true },
      ], 2);
      if (one !== "list") picked = [one];
    } else {
      await ctx.reply(t("jobs-occupation-unknown"));
    }
    if (picked.length === 0) {
      // From the catalogue: a group, then the occupation.
      const groups = Object.entries(catalogue().groups);
      const group = await q.choice(t("jobs-ask-group"), groups.map(([id, g]) => ({ value: id, label: g[locale()] })), 2);
      picked = [await q.choice(t("jobs-ask-from-group"), catalogue().occupations.filter((o) => o.group === group).map((o) => ({ value: o.id, label: o[locale()] })), 2)];
    }
    for (const id of picked) if (!chosen.includes(id)) chosen.push(id);
    if (chosen.length >= max) break;
    const more = await q.choice(t("jobs-ask-another-occupation", { names: chosen.map(name).join(", ") }), [
      { value: "yes", label: t("answer-yes") },
      { value: "no", label: t("answer-no") },
    ]);
    if (more === "no") break;
  }
  return { ids: chosen.slice(0, max), typed: typed.join("; ") };
}
