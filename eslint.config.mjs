import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // Unused names are errors, except the `_name` convention for deliberately ignored ones.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Rules, pure logic and components depend on types, never on the modules that reach the
    // database or the session: their shared shapes live in types modules (lib/auth/actor.ts,
    // lib/articles/types.ts, lib/annotations/types.ts).
    files: [
      "components/**",
      "lib/{policies,workflow,anchoring,exports,annotations,articles,comments,editor,validation,verdicts,import,agreement}/**",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/|(\\.\\./)+(lib/)?)(server/|db$|auth/(session|options|page)$|http$|generated/prisma/client$)",
              message: "Pure modules and components import no server, database or session module: import the shape from a types module.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    ".data/**",
  ]),
]);
