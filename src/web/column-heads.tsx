/** A table's header row: one column heading per label, so every data table marks its columns the same way. */
export function ColumnHeads({ labels }: { labels: string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, index) => (
          // Labels may repeat; the position is what identifies a column.
          <th scope="col" key={index}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
