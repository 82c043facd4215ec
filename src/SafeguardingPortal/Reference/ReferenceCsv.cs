using System.Text.RegularExpressions;

namespace SafeguardingPortal.Reference;

/// <summary>
/// A versioned CSV file of <c>content/reference/</c>, for tables too long for YAML: <c>#</c> comment lines first
/// (those shaped <c># key: value</c> carry version, owner and lastVerified), then a header row that must be exactly
/// the expected columns, then one record a line. A file that does not parse is refused, so a typo cannot silently
/// drop a row.
/// </summary>
public sealed partial record ReferenceCsv(string Path, IReadOnlyDictionary<string, string> Metadata, IReadOnlyList<ReferenceCsvRow> Rows)
{
    public ReferenceFileStamp Stamp => new(
        System.IO.Path.GetFileName(Path),
        Metadata.GetValueOrDefault("version", ""),
        Metadata.GetValueOrDefault("owner", ""),
        Metadata.GetValueOrDefault("lastVerified", ""));

    public static ReferenceCsv Read(string path, params string[] columns)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<ReferenceCsvRow>();
        var headerRead = false;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (!headerRead && line.StartsWith('#'))
            {
                if (MetadataLine().Match(line) is { Success: true } match)
                {
                    metadata.TryAdd(match.Groups["key"].Value, match.Groups["value"].Value.Trim());
                }

                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            var fields = CsvLine.Split(line);
            if (!headerRead)
            {
                if (!fields.SequenceEqual(columns, StringComparer.Ordinal))
                {
                    throw new InvalidDataException($"Reference data {path}: the header must be '{string.Join(',', columns)}', not '{line}'");
                }

                headerRead = true;
                continue;
            }

            if (fields.Count != columns.Length)
            {
                throw new InvalidDataException($"Reference data {path} line {number}: {columns.Length} fields expected, {fields.Count} found");
            }

            rows.Add(new ReferenceCsvRow(number, fields));
        }

        return headerRead ? new ReferenceCsv(path, metadata, rows) : throw new InvalidDataException($"Reference data {path} has no header row");
    }

    [GeneratedRegex("^#\\s*(?<key>[A-Za-z]+):(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataLine();
}

/// <param name="Line">The line number in the file, for messages.</param>
public sealed record ReferenceCsvRow(int Line, IReadOnlyList<string> Fields)
{
    public string this[int column] => Fields[column];
}

/// <summary>Who keeps a reference file and how current it is: recorded with the data that used it.</summary>
public sealed record ReferenceFileStamp(string File, string Version, string Owner, string LastVerified)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Version) && !string.IsNullOrWhiteSpace(Owner) && !string.IsNullOrWhiteSpace(LastVerified);
}
