/**
 * The pane's view of what this copy of Excel cannot do. The checks themselves live beside the adapter
 * (src/excel/requirements.ts), outside the UI; this module only passes them on to the pane's views.
 */
export { unavailableFeatures, type IsSetSupported } from '../excel/requirements';
