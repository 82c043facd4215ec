namespace SafeguardingPortal.Web.DataProtection;

/// <summary>One key of the Data Protection key ring, as the (encrypted) XML element Data Protection writes.</summary>
public sealed class DataProtectionKey
{
    public int Id { get; init; }

    public string? FriendlyName { get; init; }

    public required string Xml { get; init; }
}
