import type { RichText } from "@/lib/validation/rich-text";
import type { RichTextBlock, RichTextInline } from "@/lib/exports/rich-text";

// A rationale as React elements: text goes in as text (escaped by React), links only with the
// http(s) URLs the schema allowed, so stored content can never become markup.
export function RichTextView({ doc }: { doc: RichText }) {
  return (
    <>
      {doc.content.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </>
  );
}

function Block({ block }: { block: RichTextBlock }) {
  if (block.type === "paragraph")
    return (
      <p>
        {(block.content ?? []).map((node, i) => (
          <Inline key={i} node={node} />
        ))}
      </p>
    );
  const items = block.content.map((item, i) => (
    <li key={i}>
      {item.content.map((child, j) => (
        <Block key={j} block={child} />
      ))}
    </li>
  ));
  return block.type === "orderedList" ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function Inline({ node }: { node: RichTextInline }) {
  if (node.type === "hardBreak") return <br />;
  let element: React.ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") element = <strong>{element}</strong>;
    else if (mark.type === "italic") element = <em>{element}</em>;
    else
      element = (
        <a href={mark.attrs.href} rel="noopener noreferrer nofollow">
          {element}
        </a>
      );
  }
  return <>{element}</>;
}
