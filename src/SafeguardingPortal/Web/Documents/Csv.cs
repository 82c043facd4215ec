using System.Text;

namespace SafeguardingPortal.Web.Documents;

/// <summary>RFC 4180 CSV for spreadsheets: CRLF lines, quoting where needed, formula characters defused.</summary>
public static class Csv
{
    public static string Write(Table table)
    {
        var csv = new StringBuilder();
        foreach (var row in table.Rows.Prepend(table.Headers))
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, which Excel needs to read "—" or "£" correctly.</summary>
    public static byte[] Utf8WithBom(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>Quoted where needed ("Culture, Heritage and Libraries"); a leading formula character is defused for spreadsheets.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
