namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>Page tests share one portal host (and its database) unless they need their own clock or content.</summary>
[CollectionDefinition(Name)]
public sealed class SharedPortal : ICollectionFixture<PortalFactory>
{
    public const string Name = "portal";
}
