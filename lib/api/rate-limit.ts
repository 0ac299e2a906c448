import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import { readEnv } from "@/lib/env";

// Per-client request budget for the open API and the downloads. The memory store counts per
// process: with several app instances behind a load balancer each would allow the full budget, so
// such a deployment needs a shared store (rate-limiter-flexible's RateLimiterRedis, see README).

let limiter: RateLimiterMemory | undefined;

function getLimiter(): RateLimiterMemory {
  limiter ??= new RateLimiterMemory({ keyPrefix: "api", points: readEnv().API_RATE_LIMIT_PER_MINUTE, duration: 60 });
  return limiter;
}

/**
 * The client's address. Next's server records the connecting peer in x-forwarded-for; a reverse
 * proxy appends its own peer. The last entry is the one added by the hop nearest to us, so a
 * client cannot dodge the limit by sending a made-up x-forwarded-for of its own.
 */
export function clientKey(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).pop();
  return last ?? request.headers.get("x-real-ip")?.trim() ?? "unknown";
}

export type RateDecision =
  | { ok: true; limit: number; remaining: number }
  | { ok: false; limit: number; retryAfterSeconds: number };

export async function consumeRequest(request: Request): Promise<RateDecision> {
  const current = getLimiter();
  try {
    const result = await current.consume(clientKey(request));
    return { ok: true, limit: current.points, remaining: result.remainingPoints };
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { ok: false, limit: current.points, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
  }
}
