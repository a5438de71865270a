// Ace as the console bundles it for Cloudscape's CodeEditor: JSON mode with its validation
// worker (served from /__replica/assets), the cloud_editor themes, language tools.
import ace from 'ace-builds/src-noconflict/ace';
import 'ace-builds/src-noconflict/mode-json';
import 'ace-builds/src-noconflict/theme-cloud_editor';
import 'ace-builds/src-noconflict/theme-cloud_editor_dark';
import 'ace-builds/src-noconflict/ext-language_tools';
import jsonWorkerUrl from 'ace-builds/src-noconflict/worker-json?url';

ace.config.setModuleUrl('ace/mode/json_worker', jsonWorkerUrl);

export { ace };
export const editorThemes = { light: ['cloud_editor'], dark: ['cloud_editor_dark'] };
