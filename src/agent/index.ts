export type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult, Attachment } from './planner.js';
