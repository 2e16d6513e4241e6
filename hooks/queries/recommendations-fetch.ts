import { csrfHeader } from "@/lib/api/csrf-header";

/** Calls the Recommendations API; a non-2xx answer throws with the API's own error message. */
export async function recommendationsFetch<T>(
  url: string,
  init?: { method: string; body?: unknown },
): Promise<T> {
  const response = await fetch(url, {
    method: init?.method ?? "GET",
    headers: { ...csrfHeader(), ...(init?.body === undefined ? {} : { "content-type": "application/json" }) },
    ...(init?.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) {
    const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(payload?.error?.message ?? `${init?.method ?? "GET"} ${url}: ${response.status}`);
  }
  return (response.status === 204 ? null : await response.json()) as T;
}
