import { CancelledError } from '../errors/index.js';
import type { Planner, PlannerContext, PlanRequest, PlanResult, ReviseRequest, ReviseResult } from './planner.js';

/** A planner in the fallback order, with the words a user reads about it ("the local model Qwen2.5-1.5B"). */
export interface PlannerLink {
  planner: Planner;
  label: string;
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, ' ').replace(/\.$/, '').slice(0, 240);
}

/**
 * Tries the planners in order: when one fails (an error, a timeout, output it could not make usable) the next
 * one takes the same turn, and the turn's message says so once, naming what failed and why. Cancelling the
 * session stops the chain at once. When every planner fails, the last one's error is the turn's error.
 */
export function withFallback(links: readonly PlannerLink[]): Planner {
  if (links.length === 0) throw new Error('withFallback needs at least one planner');
  if (links.length === 1) return links[0]!.planner;
  const run = async <R extends { message: string }>(context: PlannerContext, attempt: (planner: Planner) => Promise<R>): Promise<R> => {
    const failures: string[] = [];
    for (const [index, link] of links.entries()) {
      try {
        const result = await attempt(link.planner);
        if (failures.length === 0) return result;
        const note = `${failures.join('; ')}. ${capitalise(link.label)} took over.`;
        return { ...result, message: [note, result.message].filter(Boolean).join('\n\n') };
      } catch (error) {
        if (context.signal.aborted || error instanceof CancelledError) throw error;
        if (index === links.length - 1) throw error;
        failures.push(`${capitalise(link.label)} could not do this (${reasonOf(error)})`);
      }
    }
    throw new Error('unreachable');
  };
  return {
    id: links[0]!.planner.id,
    plan: (request: PlanRequest, context: PlannerContext): Promise<PlanResult> => run(context, (planner) => planner.plan(request, context)),
    revise: (request: ReviseRequest, context: PlannerContext): Promise<ReviseResult> => run(context, (planner) => planner.revise(request, context)),
  };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
