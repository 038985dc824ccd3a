// The HTTP client under grammY: node:http(s) with one keep-alive agent per
// protocol, behind the small part of the fetch interface grammY uses (status
// and json()). grammY's default, node-fetch, wraps the same node:http request
// in Request/Headers/Body objects and an AbortController shim; in the /menu
// profile that wrapping alone was about a tenth of the bot's CPU per update
// (bench/http-client.ts measures both side by side). Node's HTTP parser is native, so this path stays
// fast under `--liftoff-only` (undici's parser is WebAssembly and is not).
// Multipart uploads (photos) stream their body as grammY made it.
import http from "node:http";
import https from "node:https";
import { Readable, pipeline } from "node:stream";

export interface MinimalResponse {
  readonly status: number;
  readonly ok: boolean;
  json(): Promise<unknown>;
  text(): Promise<string>;
  clone(): MinimalResponse;
}

export interface MinimalRequestInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | Readable | AsyncIterable<Uint8Array> | null;
  signal?: AbortSignal | null;
}

export type MinimalFetch = (url: string, init?: MinimalRequestInit) => Promise<MinimalResponse>;

/** A Bot API answer, read whole (they are small JSON documents). */
class BufferedResponse implements MinimalResponse {
  constructor(
    readonly status: number,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  json(): Promise<unknown> {
    try {
      return Promise.resolve(JSON.parse(this.body));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  text(): Promise<string> {
    return Promise.resolve(this.body);
  }

  clone(): MinimalResponse {
    return this;
  }
}

class AbortError extends Error {
  override readonly name = "AbortError";
  constructor() {
    super("The request was aborted");
  }
}

const agents = {
  "http:": new http.Agent({ keepAlive: true, scheduling: "lifo" }),
  "https:": new https.Agent({ keepAlive: true, scheduling: "lifo" }),
};

/** A fetch for grammY's `client.fetch`: what grammY sends, over a kept-alive connection. */
export const nodeHttpFetch: MinimalFetch = (url, init = {}) =>
  new Promise<MinimalResponse>((resolve, reject) => {
    const { signal, body } = init;
    if (signal?.aborted) return reject(new AbortError());
    const target = new URL(url);
    const secure = target.protocol === "https:";
    if (!secure && target.protocol !== "http:") return reject(new TypeError(`Unsupported protocol: ${target.protocol}`));
    const request = (secure ? https : http).request(target, {
      method: init.method ?? "GET",
      headers: init.headers,
      agent: agents[target.protocol as "http:" | "https:"],
    });
    const onAbort = () => request.destroy(new AbortError());
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = () => signal?.removeEventListener("abort", onAbort);
    request.on("error", (error) => (done(), reject(error)));
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => (done(), reject(error)));
      response.on("end", () => {
        done();
        resolve(new BufferedResponse(response.statusCode ?? 0, (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString("utf8")));
      });
    });
    if (body == null) request.end();
    else if (typeof body === "string" || body instanceof Uint8Array) request.end(body);
    // pipeline: an upload whose request fails or is aborted is destroyed too (its file closed).
    else pipeline(body instanceof Readable ? body : Readable.from(body), request, (error) => error && request.destroy(error));
  });
