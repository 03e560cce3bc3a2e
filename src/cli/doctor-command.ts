import { write, type CliIo } from './cli-io.js';

/**
 * `video-agent doctor`: which planner this machine's environment plans with, what it falls back to, and what to
 * do for a better one. It resolves the planners exactly as the server does at start (Ollama probed, installed
 * models looked up); a server already running reports its own choice on GET /health.
 */
export async function doctorCommand(io: CliIo, json: boolean): Promise<number> {
  // Loaded here only: the config and the agent are not needed by the API-client commands.
  const { loadConfig } = await import('../config/index.js');
  const { resolvePlanner, importLlama } = await import('../agent/index.js');
  const config = loadConfig(io.env);
  const { status } = await resolvePlanner(config);
  const localRuntime = (await importLlama()) !== null;
  if (json) {
    write(io.stdout, JSON.stringify({ planner: { active: status.active, chain: status.chain, hints: status.hints }, node_llama_cpp: localRuntime, models_dir: config.planners.local.modelsDir }));
    return 0;
  }
  const [first, ...rest] = status.chain;
  write(io.stdout, `Planner: ${first!.label} (${first!.id})`);
  if (rest.length > 0) write(io.stdout, `Falls back to: ${rest.map((link) => `${link.label} (${link.id})`).join(', then ')}`);
  write(io.stdout, `Local model runtime (node-llama-cpp): ${localRuntime ? 'installed' : 'not installed'}; models in ${config.planners.local.modelsDir}`);
  for (const hint of status.hints) write(io.stdout, `Hint: ${hint}`);
  return 0;
}
