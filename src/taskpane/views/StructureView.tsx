import { Text } from '@fluentui/react-components';

/** Placeholder: the structure issue fills this with the column and layout set-up. */
export function StructureView() {
  return (
    <Text as="p">
      Set up the plan’s columns, drop-down lists and frozen header row so that everyone records progress the
      same way.
    </Text>
  );
}
