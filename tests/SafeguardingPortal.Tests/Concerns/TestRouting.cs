using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>The routing data the portal assembles, from the repository's reference files and built-in postcode data (no import).</summary>
public static class TestRouting
{
    public static readonly RoutingData Data = Create();

    private static RoutingData Create()
    {
        var folder = RepositoryRoot.Combine("content", "reference");
        var reference = new ReferenceData();
        ReferenceDataLoader.LoadInto(reference, folder);
        var postcodes = new PostcodeData();
        PostcodeDataLoader.LoadInto(postcodes, folder);
        return RoutingDataProvider.Assemble(reference, new PostcodeDirectory(postcodes));
    }
}
