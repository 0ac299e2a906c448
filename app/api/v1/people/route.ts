import { apiEndpoints } from "@/lib/api/endpoints";
import { listHandler } from "@/lib/api/http";

export const GET = listHandler(apiEndpoints.people);
