import { describe, expect, it } from "vitest";
import { htmlToCanonical } from "./html-to-canonical";
import { normaliseText } from "./normalise-text";
import { canonicalViolations, readFixture } from "./test-support";

const text = (html: string) => htmlToCanonical(html).text;
const title = (html: string) => htmlToCanonical(html).title;

describe("htmlToCanonical on the fixture", () => {
  const result = htmlToCanonical(readFixture("article.html"));

  it("gives exactly this text: headings kept as typed, one paragraph per block, bullets, <br> as a line break", () => {
    expect(result.text).toBe(
      [
        "Fares frozen – again",
        "By Jo Smith, Transport Correspondent",
        "A bus in Camden Town.",
        "Mr Khan said: “We have frozen fares for the fourth year running.”",
        "Critics said the £1.2bn gap was ignored.\nIt’s the council’s biggest shortfall.",
        "What changes",
        "• Bus fares stay at £1.75\n• Tram fares rise by 5p",
        "“It’s a con,” said Ms O’Neill.",
      ].join("\n\n"),
    );
  });

  it("lets no script, style, comment, navigation, footer, image or address through", () => {
    expect(result.text).not.toMatch(/LEAK|Home|Sport|A red bus|bus\.jpg|example\.org|\/authors|©|[<>{}]/);
  });

  it("is canonical text", () => {
    expect(normaliseText(result.text)).toBe(result.text);
    expect(canonicalViolations(result.text)).toEqual([]);
  });

  it("takes the title from <title>", () => {
    expect(result.title).toBe("Fares frozen again, says mayor | The Paper");
  });
});

describe("htmlToCanonical", () => {
  it.each([
    ["paragraphs", "<p>One.</p><p>Two.</p>", "One.\n\nTwo."],
    ["<br> as a line break, two as a paragraph break", "<p>a<br>b<br/><br>c</p>", "a\nb\n\nc"],
    ["divs as paragraphs, however nested", "<div>a<div>b</div><div><div>c</div></div></div>", "a\n\nb\n\nc"],
    ["source whitespace collapsed", "<p>  a \n\t b  </p>", "a b"],
    ["headings as their own paragraphs, not upper-cased", "<h2>Small <em>heading</em></h2>text", "Small heading\n\ntext"],
    ["link text without the address", '<p>See <a href="https://x.test/a">the report</a>.</p>', "See the report."],
    ["images without alt text or address", '<p>a <img src="x.png" alt="Alt"> b</p>', "a b"],
    [
      "entities decoded",
      "<p>&pound;5 &ndash; it&rsquo;s &ldquo;&eacute;&rdquo; &amp; &lt;b&gt; &#8364;&#x1F600;</p>",
      "£5 – it’s “é” & <b> €😀",
    ],
    ["&nbsp; and zero-width entities", "<p>a&nbsp;&nbsp;b&#8203;c</p>", "a bc"],
    ["bullets for a list, a line each", "<ul><li>one</li><li>two</li></ul>", "• one\n• two"],
    ["a nested list as further lines", "<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>", "• a\n• a1\n• b"],
    ["numbers for an ordered list", '<ol start="3"><li>c</li><li>d</li></ol>', "3. c\n4. d"],
    ["a list after loose text as a paragraph", "<div>Intro:<ul><li>x</li></ul>Outro</div>", "Intro:\n\n• x\n\nOutro"],
    [
      "table rows as lines, cells separated by a space",
      "<table><tr><th>Year</th><th>£m</th></tr><tr><td>2024</td><td>64</td></tr></table>",
      "Year £m\n2024 64",
    ],
    ["a blockquote without a quote prefix", "<blockquote><p>q</p></blockquote>", "q"],
    ["a horizontal rule as nothing but a break", "<p>a</p><hr><p>b</p>", "a\n\nb"],
    ["pre keeping its line breaks", "<pre>line 1\n  line 2\n\n\nline 3</pre>", "line 1\nline 2\n\nline 3"],
    ["a fragment without <html> or <body>", "just text", "just text"],
    ["NFC", "<p>Cafe\u0301</p>", "Café"],
  ])("renders %s", (_case, html, expected) => {
    expect(text(html)).toBe(expected);
  });

  it.each([
    ["in <head>", "<head><script>SECRET()</script></head><body><p>ok</p></body>"],
    ["in a paragraph", "<p>ok<script>SECRET()</script></p>"],
    ["in upper case", "<P>ok</P><SCRIPT>SECRET()</SCRIPT>"],
    ["holding markup in strings", '<p>ok</p><script>document.write("</p><p>SECRET</p>")</script>'],
    ["never closed", "<p>ok</p><script>SECRET(); <p>more"],
    ["with attributes", '<script type="module" src="x.js">SECRET</script><p>ok</p>'],
    ["inside a heading", "<h1>ok<script>SECRET</script></h1>"],
    ["as JSON-LD", '<script type="application/ld+json">{"SECRET": 1}</script><p>ok</p>'],
    ["inside svg", "<svg><script>SECRET</script></svg><p>ok</p>"],
    ["as noscript or template", "<noscript>SECRET</noscript><template>SECRET</template><p>ok</p>"],
    ["as a style", "<style>SECRET{}</style><p style='x'>ok</p>"],
  ])("never outputs a script %s", (_case, html) => {
    const result = htmlToCanonical(html);
    expect(result.text).toBe("ok");
    expect(result.title ?? "").not.toContain("SECRET");
  });

  it("outputs nothing for a page of only furniture", () => {
    expect(text("<nav>Menu</nav><footer>© 2024</footer><script>x()</script><!-- c -->")).toBe("");
  });

  it("survives absurdly deep nesting, marking what it leaves out", () => {
    const deep = `<p>before</p>${"<div>".repeat(5000)}deep${"</div>".repeat(5000)}<p>after</p>`;
    expect(text(deep)).toBe("before\n\n…\n\nafter");
  });
});

describe("htmlToCanonical titles", () => {
  it.each([
    ["<title> before the first <h1>", "<title>Page title</title><h1>Heading</h1>", "Page title"],
    ["the first <h1> without a <title>", "<h2>Kicker</h2><h1>First</h1><h1>Second</h1>", "First"],
    ["the first <h1> when <title> is blank", "<title>  </title><h1>Heading</h1>", "Heading"],
    ["the text of <h1> without markup, on one line", "<h1>Fares <em>frozen</em><br>again &amp; again</h1>", "Fares frozen again & again"],
    ["<title> with entities and spacing", "<title>\n  A &amp; B  &ndash;\tC </title>", "A & B – C"],
    ["not an SVG's <title>", "<svg><title>Icon</title></svg><h1>Heading</h1>", "Heading"],
    ["not an <h1> in the navigation", "<nav><h1>Site</h1></nav><h1>Story</h1>", "Story"],
    ["null with neither", "<h2>Only a subheading</h2><p>Text</p>", null],
  ])("is %s", (_case, html, expected) => {
    expect(title(html)).toBe(expected);
  });

  it("leaves the <h1> in the text", () => {
    expect(htmlToCanonical("<h1>Heading</h1><p>Body</p>")).toEqual({ text: "Heading\n\nBody", title: "Heading" });
  });
});
