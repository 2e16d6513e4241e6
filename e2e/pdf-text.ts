import * as mupdf from "mupdf";

/** The text of every page of a PDF, read with MuPDF (WebAssembly), pages joined by newlines. */
export function pdfText(pdf: Buffer): string {
  const document = mupdf.Document.openDocument(pdf, "application/pdf");
  const pages: string[] = [];
  for (let i = 0; i < document.countPages(); i++) {
    pages.push(document.loadPage(i).toStructuredText("preserve-whitespace").asText());
  }
  return pages.join("\n");
}
