import { Text } from '@fluentui/react-components';

/** Placeholder: the check issue fills this with the findings for the active workbook. */
export function CheckView() {
  return (
    <Text as="p">
      Check this workbook’s improvement plan for missing leads, overdue deadlines and invalid RAG ratings.
    </Text>
  );
}
