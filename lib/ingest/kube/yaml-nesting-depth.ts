/**
 * An upper bound on how deep a YAML text nests, without parsing it: block indentation and flow
 * brackets (`[[[…`, across lines too) each add levels. The parser recurses per level, so a hostile
 * depth is refused before it can exhaust the stack.
 */
export function yamlNestingDepth(text: string): number {
  let deepest = 0;
  let flow = 0;
  let lineIndent = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      lineIndent = 0;
      continue;
    }
    if (atLineStart && c === 32) {
      lineIndent++;
      continue;
    }
    atLineStart = false;
    if (c === 91 || c === 123) flow++;
    else if ((c === 93 || c === 125) && flow > 0) flow--;
    // Two spaces a level is the narrowest indentation kubectl and people use.
    deepest = Math.max(deepest, Math.ceil(lineIndent / 2) + flow);
  }
  return deepest;
}
