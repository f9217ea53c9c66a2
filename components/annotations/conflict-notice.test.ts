// The field-edit conflict rendered by React itself (no DOM needed): the table compares what was
// typed with what was saved meanwhile, so with nothing typed that differs it has no rows to show.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { annotationView } from "@/lib/annotations/annotation-view-fixture";
import type { AnnotationPatch } from "@/lib/validation/annotation";
import { ConflictNotice } from "./conflict-notice";

const theirs = annotationView({ version: 3, note: "their note" });
const render = (mine: AnnotationPatch, changedBy: string | null = null) =>
  renderToStaticMarkup(createElement(ConflictNotice, { theirs, mine, changedBy, onChoose: () => {} }));

describe("ConflictNotice", () => {
  it("puts each typed field beside their version, with the choice to keep theirs or save mine", () => {
    const html = render({ note: "my note" });
    expect(html).toContain("<table>");
    expect(html).toContain('<td data-testid="theirs-note">their note</td><td data-testid="mine-note">my note</td>');
    expect(html).toContain("Keep theirs");
    expect(html).toContain("Save mine over theirs");
  });

  it("never shows an empty table: with nothing typed, one line and a single OK", () => {
    const html = render({});
    expect(html).not.toContain("<table");
    expect(html).not.toContain("Keep theirs");
    expect(html).toBe(
      '<div class="conflict" role="alert"><p>Someone else saved this annotation (now version 3). Nothing you typed differs from it: it is shown as it is now.</p><button type="button">OK</button></div>',
    );
  });

  it("says the same when everything typed is what they saved too", () => {
    const html = render({ note: "their note" }, "Ada Admin");
    expect(html).not.toContain("<table");
    expect(html).toContain(
      "<p>Changed by Ada Admin just now (now version 3). Nothing you typed differs from it: it is shown as it is now.</p>",
    );
  });
});
