export function HeaderTable(props: { headers: Record<string, string>; label: string }) {
  const entries = Object.entries(props.headers);
  if (entries.length === 0) return null;
  return (
    <table className="header-table" aria-label={props.label}>
      <tbody>
        {entries.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
