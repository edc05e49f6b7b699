import { estimateCostsTool } from './estimate-costs.js';
import { openingHoursTool } from './opening-hours.js';
import { routeDayTool } from './route-day.js';
import { searchPlacesTool } from './search-places.js';
import type { AgentTool } from './types.js';
import { weatherOutlookTool } from './weather-outlook.js';

export { estimateCostsTool, openingHoursTool, routeDayTool, searchPlacesTool, weatherOutlookTool };
export * from './types.js';

/** Every agent tool, by name. */
export const AGENT_TOOLS = {
  searchPlaces: searchPlacesTool,
  openingHours: openingHoursTool,
  estimateCosts: estimateCostsTool,
  routeDay: routeDayTool,
  weatherOutlook: weatherOutlookTool,
} as const satisfies Record<string, AgentTool>;

export type AgentToolName = keyof typeof AGENT_TOOLS;
