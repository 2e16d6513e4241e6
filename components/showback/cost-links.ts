import { href } from "../../lib/services/showback/window-page-params";

// Every figure links to what explains it; these build those links, carrying the window along.

type Search = Record<string, string>;

export interface FactsFilter {
  cluster?: string | null;
  resourceKind?: string;
  resourceUid?: string;
  by?: string;
  key?: string;
  namespace?: string;
  team?: string;
  likelyOwner?: string | null;
  status?: string;
  allocation?: string;
  /** What the list is of, for the page's heading. */
  label?: string;
}

export const factsHref = (window: Search, filter: FactsFilter) =>
  href("/showback/facts", { ...window, ...filter });

export const showbackHref = (window: Search, by: string, cluster?: string | null) =>
  href("/showback", { ...window, by, cluster });

export const namespaceHref = (window: Search, cluster: string, namespace: string) =>
  href(`/namespaces/${encodeURIComponent(cluster)}/${encodeURIComponent(namespace)}`, window);

export const teamHref = (window: Search, slug: string) => href(`/teams/${encodeURIComponent(slug)}`, window);

export const volumeHref = (window: Search, cluster: string, uid: string) =>
  href(`/volumes/${encodeURIComponent(cluster)}/${encodeURIComponent(uid)}`, window);

export const volumesHref = (filter: Record<string, string | undefined | null>) => href("/volumes", filter);
