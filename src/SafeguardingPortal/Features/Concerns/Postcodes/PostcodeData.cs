using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// The built-in postcode data of <c>content/reference/</c> (routing.md §4.2): the authority register, the sector
/// table and the unit entries. Bound as options so that <see cref="PostcodeDataValidator"/> runs at start-up, as for
/// <see cref="ReferenceData"/>; <see cref="PostcodeDirectory"/> is built from it once it is valid.
/// </summary>
public sealed class PostcodeData
{
    public List<Authority> Authorities { get; set; } = [];

    public SectorTable Sectors { get; set; } = new(new Dictionary<string, PostcodeLookup>());

    /// <summary>Normalised postcode → authority code.</summary>
    public Dictionary<string, string> Units { get; set; } = [];

    public List<ReferenceFileStamp> Files { get; set; } = [];

    /// <summary>The versions of the files, recorded with each routing decision later on.</summary>
    public string Version => string.Join("; ", Files.Select(f => $"{Path.GetFileNameWithoutExtension(f.File)} {f.Version}"));
}
