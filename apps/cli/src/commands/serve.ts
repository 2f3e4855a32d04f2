import { SERVE_HELP } from "@news/api/help";
import { CliError, type Command, EXIT } from "../command.js";

/** `news serve`: the HTTP API (apps/api), loaded only when this command runs. */
export const serveCommand: Command = {
  name: "serve",
  summary: "serve the archive over HTTP (search, items, feeds, parse; docs at /docs)",
  help: SERVE_HELP,
  async run(args, io) {
    const { serveCommand: serve, ServeUsageError } = await import("@news/api");
    try {
      return await serve(args, io);
    } catch (error) {
      if (error instanceof ServeUsageError) throw new CliError(error.code, error.message, EXIT.usage);
      throw error;
    }
  },
};
