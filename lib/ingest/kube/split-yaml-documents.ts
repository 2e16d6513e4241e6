// Splits YAML text, line by line, into the objects it holds: multi-document YAML (`---`), and the
// items of a List (`kubectl get -o yaml`) one at a time, so a huge List is never held whole. Each
// piece of text is parsed on its own by the caller.

export interface SplitYaml {
  text: string;
  /** 1-based line where the piece starts. */
  line: number;
  /** Index within a List's items; undefined for a whole document. */
  index?: number;
  inList: boolean;
  /** The List's kind when it precedes its items (`kind: PersistentVolumeList`). */
  listKind?: string;
}

const DOCUMENT_MARKER = /^(---|\.\.\.)(\s|$)/;
const ITEMS_KEY = /^items:\s*(#.*)?$/;
const KIND_KEY = /^kind:\s*["']?([A-Za-z]+)["']?\s*$/;

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

export class YamlDocumentSplitter {
  private lineNo = 0;
  private header: string[] = [];
  private headerLine = 1;
  private inItems = false;
  private itemIndent = -1;
  private item: string[] = [];
  private itemLine = 0;
  private itemIndex = 0;
  private sawItems = false;
  private listKind: string | undefined;
  /** Whether any line held content: a file of only blanks, comments and markers is no dump. */
  sawContent = false;

  /** Feeds one line (without its newline); returns the pieces completed by it. */
  push(line: string): SplitYaml[] {
    this.lineNo++;
    const out: SplitYaml[] = [];
    const content = line.trim();
    if (content !== "" && !content.startsWith("#") && !DOCUMENT_MARKER.test(line)) this.sawContent = true;
    if (DOCUMENT_MARKER.test(line)) {
      this.finishDocument(out);
      this.headerLine = this.lineNo + 1;
      return out;
    }
    if (this.inItems) {
      if (this.continuesItems(line)) {
        const trimmed = line.trimStart();
        if (indentOf(line) === this.itemIndent && (trimmed.startsWith("- ") || trimmed === "-")) {
          this.finishItem(out);
          this.itemLine = this.lineNo;
          // "- key: value" becomes "  key: value": the item's own mapping, at its own indentation.
          this.item.push(`${" ".repeat(this.itemIndent)}  ${trimmed.slice(2)}`);
        } else {
          this.item.push(line);
        }
        return out;
      }
      this.finishItem(out);
      this.inItems = false;
    }
    if (ITEMS_KEY.test(line)) {
      this.inItems = true;
      this.sawItems = true;
      this.itemIndent = -1;
      return out;
    }
    const kind = KIND_KEY.exec(line);
    if (kind) this.listKind = kind[1];
    if (this.header.length === 0 && line.trim() === "") this.headerLine = this.lineNo + 1;
    else this.header.push(line);
    return out;
  }

  /** Call at the end of input. */
  end(): SplitYaml[] {
    const out: SplitYaml[] = [];
    this.finishDocument(out);
    return out;
  }

  private continuesItems(line: string): boolean {
    const trimmed = line.trimStart();
    if (trimmed === "" || trimmed.startsWith("#")) return true;
    if (this.itemIndent < 0) {
      if (!(trimmed.startsWith("- ") || trimmed === "-")) return false;
      this.itemIndent = indentOf(line);
      return true;
    }
    const indent = indentOf(line);
    return (
      indent > this.itemIndent ||
      (indent === this.itemIndent && (trimmed.startsWith("- ") || trimmed === "-"))
    );
  }

  private finishItem(out: SplitYaml[]) {
    if (this.item.length === 0) return;
    const cut = this.itemIndent + 2;
    const text = this.item.map((l) => (l.length >= cut ? l.slice(cut) : l.trimStart())).join("\n");
    out.push({ text, line: this.itemLine, index: this.itemIndex++, inList: true, listKind: this.listKind });
    this.item = [];
  }

  private finishDocument(out: SplitYaml[]) {
    this.finishItem(out);
    this.inItems = false;
    // What is left of a List once its items are out (apiVersion, kind: List, metadata) is no object.
    const hasContent = this.header.some((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
    if (!this.sawItems && hasContent) {
      out.push({ text: this.header.join("\n"), line: this.headerLine, inList: false });
    }
    this.header = [];
    this.sawItems = false;
    this.itemIndex = 0;
    this.listKind = undefined;
  }
}
