import type { Options } from './args';

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  dbPath: string;
  json: boolean;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  options: Options;
  run(ctx: CommandContext): Promise<void>;
}
