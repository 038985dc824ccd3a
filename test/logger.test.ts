import { describe, expect, it } from "vitest";
import { redact, serializeError } from "../src/logger.ts";

describe("error logs", () => {
  it("cut what a person typed out of error messages and stacks", () => {
    let error: unknown;
    try {
      BigInt("+996 555 12 34 56");
    } catch (e) {
      error = e;
    }
    const typed = new Error("Айгүл Сыдыкова sent «менин дарегим Ош» and 0700123456");
    for (const e of [error, typed]) {
      const json = JSON.stringify(serializeError(e));
      for (const secret of ["555 12 34", "Айгүл", "Сыдыкова", "дарегим", "0700123456"]) expect(json).not.toContain(secret);
    }
    expect(serializeError(typed).message).toBe("… sent «…» and #");
  });

  it("cut e-mails, dates, and message lines that look like stack frames", () => {
    const error = new Error('bad value "aibek.asanov@gmail.com" born 12.05.1990\nat my home on Chui 12');
    const out = serializeError(error);
    // Latin-script words outside quotes stay (they cannot be told from English).
    expect(out.message).toBe('bad value "…" born #\nat my home on Chui 12');
    expect(String(out.stack)).not.toContain("my home");
    expect(JSON.stringify(out)).not.toContain("gmail");
  });

  it("keep English messages, the Bot API method and the stack frames", () => {
    const apiError = Object.assign(new Error("Call to 'sendMessage' failed! (400: Bad Request: chat not found)"), {
      method: "sendMessage",
      error_code: 400,
      payload: { chat_id: 1, text: "Салам, Айгүл" },
    });
    const out = serializeError(apiError);
    expect(out).toMatchObject({ type: "Error", method: "sendMessage", error_code: 400 });
    expect(out.message).toBe("Call to 'sendMessage' failed! (400: Bad Request: chat not found)");
    expect(String(out.stack)).toMatch(/^\s+at /);
    expect(JSON.stringify(out)).not.toContain("Айгүл");
  });

  it("reduce Prisma errors to their code and model", () => {
    const prismaError = Object.assign(new Error("Invalid `db.user.create()` invocation:\n{ data: { phone: \"+996555123456\" } }"), {
      name: "PrismaClientKnownRequestError",
      code: "P2002",
      meta: { modelName: "User" },
    });
    const out = serializeError(prismaError);
    expect(out).toMatchObject({ type: "PrismaClientKnownRequestError", code: "P2002", model: "User" });
    expect(JSON.stringify(out)).not.toContain("996555123456");
  });

  it("redact leaves plain English and identifiers alone", () => {
    expect(redact("could not set the chat's commands (timeout after 30s)")).toBe("could not set the chat's commands (timeout after 30s)");
    expect(redact("Cannot read properties of undefined (reading 'language')")).toBe(
      "Cannot read properties of undefined (reading 'language')",
    );
    expect(redact("Bad Request: can't parse entities: Can't find end of the entity")).toBe(
      "Bad Request: can't parse entities: Can't find end of the entity",
    );
  });
});
