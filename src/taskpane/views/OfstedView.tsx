import { Text } from '@fluentui/react-components';

/** Placeholder: the Ofsted issue fills this with the actions that answer the latest inspection report. */
export function OfstedView() {
  return (
    <Text as="p">See which actions answer the recommendations in the latest Ofsted inspection report.</Text>
  );
}
