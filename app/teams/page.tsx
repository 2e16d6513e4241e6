import { redirect } from "next/navigation";

/** Teams are listed, with their spend, on the Showback page. */
export default function TeamsPage() {
  redirect("/showback?by=team");
}
