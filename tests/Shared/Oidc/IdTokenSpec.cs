namespace SafeguardingPortal.Testing;

/// <summary>How <see cref="ScriptedOpenIdProvider.MintIdToken"/> signs a token.</summary>
public enum IdTokenSigning
{
    /// <summary>RS256 with the key the provider publishes.</summary>
    ProviderKey,

    /// <summary>RS256 with a key (and kid) the provider never publishes.</summary>
    UnknownKey,

    /// <summary><c>alg: none</c> with an empty signature.</summary>
    AlgNone,
}

/// <summary>
/// An id_token to mint: unset parts take the provider's values (issuer, client id as audience, tenant, its clock).
/// For an expired token, set <see cref="IssuedAt"/> more than <see cref="Lifetime"/> plus the validator's
/// five minutes of clock skew ago.
/// </summary>
public sealed record IdTokenSpec
{
    public string? Nonce { get; init; }

    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    /// <summary>The <c>tid</c> claim.</summary>
    public string? TenantId { get; init; }

    public string Subject { get; init; } = "scripted-subject";

    public string Oid { get; init; } = "00000000-0000-0000-0000-00000000c0de";

    public string Name { get; init; } = "Scripted Person";

    public string PreferredUsername { get; init; } = "scripted.person@example.org";

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Also sets <c>nbf</c>; defaults to the provider's clock.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public IdTokenSigning Signing { get; init; } = IdTokenSigning.ProviderKey;

    /// <summary>Added last, replacing any claim above; a null value removes the claim.</summary>
    public IReadOnlyDictionary<string, object?> Claims { get; init; } = new Dictionary<string, object?>();
}

/// <summary>A request the portal made to <see cref="ScriptedOpenIdProvider.TokenEndpoint"/>.</summary>
/// <param name="Form">Every form field, e.g. code, code_verifier, client_id, client_secret, redirect_uri, grant_type.</param>
/// <param name="Authorization">The Authorization header, set when the client used client_secret_basic.</param>
public sealed record TokenRequest(IReadOnlyDictionary<string, string> Form, string? Authorization)
{
    public string? GrantType => Field("grant_type");

    public string? Code => Field("code");

    public string? CodeVerifier => Field("code_verifier");

    public string? ClientId => Field("client_id");

    public string? ClientSecret => Field("client_secret");

    public string? RedirectUri => Field("redirect_uri");

    private string? Field(string name) => Form.GetValueOrDefault(name);
}
