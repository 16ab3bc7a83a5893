/**
 * The ribbon's function file (manifest FunctionFile resid Commands.Url): one handler per ExecuteFunction
 * button, registered with Office.actions.associate under the manifest's FunctionName.
 */

/**
 * "Refresh RAG summary" on the Home tab. Placeholder: the summary issue wires this to rebuild the plan's
 * RAG summary; for now it only tells Office the command has finished (no notification is shown).
 */
export function refreshRagSummary(event: Office.AddinCommands.Event): void {
  // The summary issue adds the refresh here (an Excel.run over the plan), before completing.
  event.completed();
}

Office.onReady(() => {
  Office.actions.associate('refreshRagSummary', refreshRagSummary);
});
