import { apiEndpoints } from "@/lib/api/endpoints";
import { itemHandler } from "@/lib/api/http";

export const GET = itemHandler(apiEndpoints.referrals);
