using Microsoft.Extensions.Options;

namespace SafeguardingPortal.Features.Accounts.EntraId;

/// <summary>The council's Entra ID app registration (<c>Authentication:EntraId</c>); staff sign-in is offered only when all three are set.</summary>
public sealed class EntraIdSettings
{
    public const string Section = "Authentication:EntraId";

    /// <summary>The authority host; Entra's v2.0 issuer is <c>{Instance}{TenantId}/v2.0</c>.</summary>
    public Uri Instance { get; set; } = new("https://login.microsoftonline.com/");

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TenantId) && !string.IsNullOrWhiteSpace(ClientId) && !string.IsNullOrWhiteSpace(ClientSecret);
}

/// <summary>Whether staff sign-in is offered, for pages that show or hide its button.</summary>
public sealed class EntraIdAvailability(IOptions<EntraIdSettings> settings)
{
    public bool IsConfigured => settings.Value.IsConfigured;
}
