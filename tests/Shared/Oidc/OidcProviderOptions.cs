namespace SafeguardingPortal.Testing;

/// <summary>A person who can sign in at <see cref="OidcProviderProcess"/>: type <see cref="AccountId"/> as the login.</summary>
/// <param name="Oid">Entra's object id, the claim the portal keys accounts on.</param>
/// <param name="Roles">App roles; Entra leaves the <c>roles</c> claim out when there are none.</param>
/// <param name="PreferredUsername">Defaults to <see cref="Email"/>, then <see cref="AccountId"/>.</param>
public sealed record OidcAccount(
    string AccountId,
    string Oid,
    string Name,
    IReadOnlyList<string> Roles,
    string? Email = null,
    string? PreferredUsername = null);

/// <summary>
/// How <see cref="OidcProviderProcess"/> registers the portal. Read at every start, so a test can add a redirect
/// URI once the portal's port is known and restart the provider.
/// </summary>
public sealed class OidcProviderOptions
{
    public string TenantId { get; set; } = Guid.NewGuid().ToString();

    public string ClientId { get; set; } = Guid.NewGuid().ToString();

    public string ClientSecret { get; set; } = Convert.ToBase64String(Guid.NewGuid().ToByteArray());

    /// <summary>Matched exactly, unless <see cref="AnyLoopbackPort"/>.</summary>
    public List<string> RedirectUris { get; } = [];

    public List<string> PostLogoutRedirectUris { get; } = [];

    public List<OidcAccount> Accounts { get; } = [];

    /// <summary>
    /// Registers the client as a native app, so <c>http://127.0.0.1/signin-oidc</c> also matches
    /// <c>http://127.0.0.1:54321/signin-oidc</c> (RFC 8252) — for a portal on Kestrel port 0. The host must still match.
    /// </summary>
    public bool AnyLoopbackPort { get; set; }

    /// <summary>0 picks a free port on first start; restarts reuse the port it got.</summary>
    public int Port { get; set; }
}
