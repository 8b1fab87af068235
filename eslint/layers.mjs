import fs from 'node:fs';
import path from 'node:path';

/**
 * `local/layers`: which folder may import which (the "never" directions of ../shared/DESIGN.md, and the engine's
 * public API). ESLint's own no-restricted-imports matches the import *text*, which differs per file for relative
 * paths; this rule resolves each import to a repository path first and checks it against the boundaries given as
 * options (see eslint.config.js), so `../../engine/sim/run` and `../engine/sim/run` are judged alike.
 *
 * A boundary: `files` (path prefixes of the importing files, relative to the repository), optional `except` (a
 * regular expression of importing files it does not apply to), `forbid` (path prefixes of imported files),
 * optional `allow` (path prefixes that stay allowed within `forbid`), optional `packages` (bare package names
 * forbidden, with their subpaths), and the `message` to show.
 */

const EXTENSIONS = /\.(d\.ts|tsx?|mjs|cjs|jsx?|json)$/;

/** The repository path an import resolves to (no extension; a folder means its `index`), or undefined for a package. */
function resolved(importer, source, root) {
  if (!source.startsWith('.')) return undefined;
  const absolute = path.resolve(path.dirname(importer), source);
  const folder = fs.existsSync(absolute) && fs.statSync(absolute).isDirectory();
  const rel = path.relative(root, absolute).split(path.sep).join('/').replace(EXTENSIONS, '');
  return folder ? `${rel}/index` : rel;
}

/** A prefix ending in "/" takes everything below it; any other names one module (or folder) exactly. */
const under = (file, prefixes) => prefixes.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p || file.startsWith(`${p}/`)));
const isPackage = (source, names) => names.some((n) => source === n || source.startsWith(`${n}/`));

export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports cross the app\'s layers only in the allowed directions' },
    schema: [{ type: 'object', properties: { root: { type: 'string' }, boundaries: { type: 'array' } }, additionalProperties: false }],
  },
  create(context) {
    const { root = context.cwd, boundaries = [] } = context.options[0] ?? {};
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const active = boundaries.filter((b) => under(file, b.files) && !(b.except && new RegExp(b.except).test(file)));
    if (active.length === 0) return {};
    function check(node) {
      if (!node.source || typeof node.source.value !== 'string') return;
      const source = node.source.value;
      const target = resolved(context.filename, source, root);
      for (const b of active) {
        const hit = target !== undefined ? under(target, b.forbid ?? []) && !under(target, b.allow ?? []) : isPackage(source, b.packages ?? []);
        if (hit) context.report({ node: node.source, message: `${b.message} (imports "${source}")` });
      }
    }
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default { rules: { layers } };
