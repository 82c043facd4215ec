using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Features.Concerns.Routing;
using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Concerns;

/// <summary>The routing data the portal assembles, from the repository's reference files and built-in postcode data (no import).</summary>
public static class TestRouting
{
    /// <summary>The repository's reference files, loaded as the portal loads them.</summary>
    public static readonly ReferenceData Reference = LoadReference();

    public static readonly RoutingData Data = Create();

    private static ReferenceData LoadReference()
    {
        var reference = new ReferenceData();
        ReferenceDataLoader.LoadInto(reference, RepositoryRoot.Combine("content", "reference"));
        return reference;
    }

    private static RoutingData Create()
    {
        var folder = RepositoryRoot.Combine("content", "reference");
        var postcodes = new PostcodeData();
        PostcodeDataLoader.LoadInto(postcodes, folder);
        return RoutingDataProvider.Assemble(Reference, new PostcodeDirectory(postcodes));
    }
}
