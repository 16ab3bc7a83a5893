import { Text } from '@fluentui/react-components';

/** Placeholder: the summary issue fills this with the RAG counts by theme and objective. */
export function SummaryView() {
  return (
    <Text as="p">Summarise the plan’s red, amber, green and completed actions by theme and objective.</Text>
  );
}
