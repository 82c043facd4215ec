namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>Reads the three postcode files of <c>content/reference/</c> into <see cref="PostcodeData"/>.</summary>
public static class PostcodeDataLoader
{
    public static void LoadInto(PostcodeData data, string referenceFolder)
    {
        var (authorities, authoritiesStamp) = AuthorityRegisterLoader.Load(referenceFolder);
        var (sectors, sectorsStamp) = SectorTableCsv.Read(referenceFolder);
        var (units, unitsStamp) = UnitEntriesLoader.Load(referenceFolder);
        data.Authorities = authorities;
        data.Sectors = sectors;
        data.Units = units;
        data.Files = [authoritiesStamp, sectorsStamp, unitsStamp];
    }
}
