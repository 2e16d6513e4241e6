import { notFound } from "next/navigation";
import { ForbiddenError } from "@/lib/services/service-errors";

/**
 * Runs an admin page's reads; someone signed in without the admin role gets the 404 page, so
 * the admin area reads as absent to them (the services refuse them with 403 on the API).
 */
export async function adminPageData<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ForbiddenError) notFound();
    throw error;
  }
}
