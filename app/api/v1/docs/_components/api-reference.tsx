"use client";
import { useEffect, useRef, useState } from "react";
import "swagger-ui-dist/swagger-ui.css";
import "./api-reference.css";

// Swagger UI from the app's own bundle (swagger-ui-dist, no CDN). It runs under the page's strict
// policy as it is: its code arrives as one of Next's chunks (trusted through 'strict-dynamic'),
// it evaluates no strings and its stylesheet is a file. Syntax highlighting is off: it colours
// examples through style attributes, in colours that fail contrast on the dark code background.
// Loaded on demand, so no other page carries its weight.

export function ApiReference({ documentUrl }: { documentUrl: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const domNode = container.current;
    if (!domNode) return;
    let isCurrent = true;
    import("swagger-ui-dist/swagger-ui-bundle.js").then(
      ({ default: SwaggerUIBundle }) => {
        if (!isCurrent) return;
        SwaggerUIBundle({
          domNode,
          url: documentUrl,
          presets: [SwaggerUIBundle.presets.apis],
          layout: "BaseLayout",
          // Deep links put a link inside each operation's toggle button (nested interactive controls).
          deepLinking: false,
          syntaxHighlight: false,
          // The default asks validator.swagger.io for a badge: another host, which the policy refuses.
          validatorUrl: null,
          defaultModelsExpandDepth: 1,
        });
      },
      () => isCurrent && setFailure("The reference could not be loaded. Reload the page to try again."),
    );
    return () => {
      isCurrent = false;
      domNode.replaceChildren();
    };
  }, [documentUrl]);

  return (
    <>
      {failure && <p role="alert">{failure}</p>}
      <div ref={container} className="api-reference-ui" />
    </>
  );
}
