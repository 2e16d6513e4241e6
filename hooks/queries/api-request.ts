import { csrfHeader } from "@/lib/api/csrf-header";

/** One /api/v1 call from the browser with the CSRF header; an error answer throws its message. */
export async function apiRequest<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { ...csrfHeader(), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(payload?.error?.message ?? `${method} ${url}: ${response.status}`);
  }
  return (response.status === 204 ? null : await response.json()) as T;
}

/** GET an /api/v1 resource with its query parameters; unset (null/undefined) parameters are left out. */
export function apiGet<T>(path: string, params: object = {}): Promise<T> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null) search.set(key, String(value));
  }
  const query = search.toString();
  return apiRequest<T>("GET", query ? `${path}?${query}` : path);
}
