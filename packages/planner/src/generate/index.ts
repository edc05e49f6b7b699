export { generatePlan } from './generate-plan.js';
export { planToCommands, planToSnapshot } from './commands.js';
export type {
  CatalogueCity,
  CataloguePlaceLike,
  GenerateOptions,
  GenerateResult,
  MemberSatisfaction,
  Plan,
  PlanDay,
  PlanSlot,
  PlannerCatalogue,
  SlotKind,
} from './types.js';
