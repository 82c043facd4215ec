using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// <c>content/reference/mount-pleasant-sectors.csv</c>: the sectors that resolve to the City although they hold
/// Islington postcodes, because those are non-geographic large users at the Mount Pleasant delivery office.
/// </summary>
public static class MountPleasantSectors
{
    public const string FileName = "mount-pleasant-sectors.csv";

    public static (IReadOnlySet<string> Sectors, ReferenceFileStamp Stamp) Read(string referenceFolder)
    {
        var file = ReferenceCsv.Read(Path.Combine(referenceFolder, FileName), "sector");
        return (file.Rows.Select(row => row[0]).ToHashSet(StringComparer.Ordinal), file.Stamp);
    }
}
