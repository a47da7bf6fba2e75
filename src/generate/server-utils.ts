import type { AmplifyConfigFile } from '../project/amplify-config.js';
import type { SourceProject } from '../project/detect.js';
import { isolatesDeclarations } from '../project/declaration-emit.js';
import { importSpecifier } from './import-specifier.js';
import { renderOptions, renderTemplate } from './templates.js';

/** The server utils module (`createServerRunner`) as amplify-next writes it, for every command that needs one. */
export function renderServerUtils(info: SourceProject, file: string, config: AmplifyConfigFile): string {
  return renderTemplate(
    info.typescript && isolatesDeclarations(info.files) ? 'amplifyServerUtils.isolated.ts' : 'amplifyServerUtils.ts',
    { AMPLIFY_CONFIG: importSpecifier(info.root, file, config.path, info.aliases) },
    renderOptions(info),
  );
}
