import { z } from "zod";

// Deciding a proposed repeat across years, and asking for new proposals.

export const decideRepeatSchema = z.object({
  id: z.string().min(1).max(64),
  decision: z.enum(["CONFIRMED", "REJECTED"]),
});

export const scanRepeatsSchema = z.object({}).passthrough();
