"use client";
import { useEffect, useRef, useState } from "react";
import "swagger-ui-dist/swagger-ui.css";

// Swagger UI from the app's own bundle (swagger-ui-dist, no CDN). It runs under the page's strict
// policy as it is: its code arrives as one of Next's chunks (trusted through 'strict-dynamic'),
// it evaluates no strings, its stylesheet is a file and it styles elements through attributes
// only. Loaded on demand, so no other page carries its weight.

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
          deepLinking: true,
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
