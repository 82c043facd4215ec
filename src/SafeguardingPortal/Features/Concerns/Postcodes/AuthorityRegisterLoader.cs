using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Reads <c>content/reference/authorities.csv</c> (code,name,kind,county). A row that does not parse is refused
/// here; whether the rows agree with each other is checked at start-up (<c>PostcodeDataValidator</c>).
/// </summary>
public static class AuthorityRegisterLoader
{
    public const string FileName = "authorities.csv";

    public static (List<Authority> Authorities, ReferenceFileStamp Stamp) Load(string referenceFolder)
    {
        var file = ReferenceCsv.Read(Path.Combine(referenceFolder, FileName), "code", "name", "kind", "county");
        var authorities = file.Rows.Select(row => new Authority(
            row[0],
            row[1],
            CamelCaseNames.TryParse<AuthorityKind>(row[2], out var kind)
                ? kind
                : throw new InvalidDataException($"Reference data {file.Path} line {row.Line}: kind '{row[2]}' is not one of {string.Join(", ", CamelCaseNames.Names<AuthorityKind>())}"),
            row[3].Length == 0 ? null : row[3])).ToList();
        return (authorities, file.Stamp);
    }
}
