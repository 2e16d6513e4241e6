/** Where the viewer's light/dark choice is kept; absent means "follow the system". */
export const THEME_STORAGE_KEY = "tierscope-theme";

export type ThemeChoice = "light" | "dark";

/**
 * Runs in <head> before the first paint, so a dark page never flashes light: the saved choice,
 * else prefers-color-scheme, decides the `dark` class on <html>.
 */
export const THEME_SCRIPT = `(function(){try{var c=localStorage.getItem("${THEME_STORAGE_KEY}");var d=c?c==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

/** Applies a choice to the page and remembers it. */
export function applyTheme(choice: ThemeChoice): void {
  document.documentElement.classList.toggle("dark", choice === "dark");
  localStorage.setItem(THEME_STORAGE_KEY, choice);
}
