// Every guided conversation the bot offers. Each feature issue adds its flow here.
import type { Flow } from "../src/flow.ts";
import { benefitsFlow } from "./benefits.ts";
import { broadcastFlow } from "./broadcast.ts";
import { factCheckFlow } from "./factcheck.ts";
import { jobsFlow } from "./jobs.ts";
import { legalAidMoveFlow } from "./legal-aid-move.ts";
import { legalAidFlow } from "./legal-aid.ts";
import { rumourFlow } from "./rumour.ts";
import { vacancyFlow } from "./vacancy.ts";

export const allFlows: Flow[] = [benefitsFlow, jobsFlow, legalAidFlow, rumourFlow, legalAidMoveFlow, vacancyFlow, factCheckFlow, broadcastFlow];
