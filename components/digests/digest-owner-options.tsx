"use client";
import { createContext, type ReactNode, useContext } from "react";
import type { DigestOwnerOptions } from "@/lib/services/digests/list-digest-owner-options";

const OwnerOptions = createContext<DigestOwnerOptions>({ teams: [], namespaces: [] });

/** Gives the subscription forms on the page the teams and namespaces to pick from. */
export function DigestOwnerOptionsProvider(props: { options: DigestOwnerOptions; children: ReactNode }) {
  return <OwnerOptions.Provider value={props.options}>{props.children}</OwnerOptions.Provider>;
}

export function useDigestOwnerOptions(): DigestOwnerOptions {
  return useContext(OwnerOptions);
}
