// The chains list's filter and sort choices: plain constants, so browser code can import them
// without pulling in the database client.

export const CHAIN_FLAGS = ["orphaned", "retained", "source-gone", "unallocated"] as const;
export type ChainFlag = (typeof CHAIN_FLAGS)[number];

export const CHAIN_SORTS = ["cost", "snapshots", "oldest"] as const;
export type ChainSort = (typeof CHAIN_SORTS)[number];
