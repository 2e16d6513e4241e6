import { redirect } from "next/navigation";

/** Namespaces are listed, with their spend, on the Showback page. */
export default function NamespacesPage() {
  redirect("/showback?by=namespace");
}
