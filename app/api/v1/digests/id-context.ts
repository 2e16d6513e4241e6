/** The second argument Next.js passes a route under …/{id}. */
export type IdContext = { params: Promise<{ id: string }> };
