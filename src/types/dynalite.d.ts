/** dynalite ships no types; this is the part of its API dynalint uses (an `http.Server` factory). */
declare module 'dynalite' {
  import type { Server } from 'node:http';

  interface DynaliteOptions {
    /** Folder for a LevelDB store; in memory when absent. */
    path?: string;
    createTableMs?: number;
    updateTableMs?: number;
    deleteTableMs?: number;
  }

  export default function dynalite(options?: DynaliteOptions): Server;
}
