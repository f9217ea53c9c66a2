// The part of swagger-ui-dist's bundle the API reference page uses (the package ships no types).
declare module "swagger-ui-dist/swagger-ui-bundle.js" {
  type SwaggerUiOptions = {
    domNode: HTMLElement;
    url: string;
    presets?: unknown[];
    layout?: string;
    deepLinking?: boolean;
    syntaxHighlight?: false | { activated?: boolean; theme?: string };
    validatorUrl?: string | null;
    defaultModelsExpandDepth?: number;
  };
  type SwaggerUiBundle = ((options: SwaggerUiOptions) => unknown) & { presets: { apis: unknown } };
  const SwaggerUIBundle: SwaggerUiBundle;
  export default SwaggerUIBundle;
}
