using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace SafeguardingPortal.Testing;

public sealed partial class ScriptedOpenIdProvider
{
    // Times are written as claims, so the handler adds none of its own and lets exp come before now.
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>An Entra-shaped id_token (oid, tid, name, preferred_username, roles, ver 2.0) as <paramref name="spec"/> says.</summary>
    public string MintIdToken(IdTokenSpec? spec = null)
    {
        spec ??= new IdTokenSpec();
        var claims = Claims(spec);

        if (spec.Signing == IdTokenSigning.AlgNone)
        {
            return $"{Segment(new Dictionary<string, object> { ["alg"] = "none", ["typ"] = "JWT" })}.{Segment(claims)}.";
        }

        var key = spec.Signing == IdTokenSigning.UnknownKey ? unknownKey : SigningKey;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private Dictionary<string, object> Claims(IdTokenSpec spec)
    {
        var issuedAt = spec.IssuedAt ?? Clock.GetUtcNow();
        var claims = new Dictionary<string, object?>
        {
            ["iss"] = spec.Issuer ?? Issuer,
            ["aud"] = spec.Audience ?? ClientId,
            ["sub"] = spec.Subject,
            ["oid"] = spec.Oid,
            ["tid"] = spec.TenantId ?? TenantId,
            ["name"] = spec.Name,
            ["preferred_username"] = spec.PreferredUsername,
            ["ver"] = "2.0",
            ["iat"] = issuedAt.ToUnixTimeSeconds(),
            ["nbf"] = issuedAt.ToUnixTimeSeconds(),
            ["exp"] = (issuedAt + spec.Lifetime).ToUnixTimeSeconds(),
        };
        if (spec.Nonce is not null)
        {
            claims["nonce"] = spec.Nonce;
        }

        if (spec.Roles.Count > 0)
        {
            claims["roles"] = spec.Roles.ToArray();
        }

        foreach (var (name, value) in spec.Claims)
        {
            claims[name] = value;
        }

        return claims.Where(claim => claim.Value is not null).ToDictionary(claim => claim.Key, claim => claim.Value!);
    }

    private static string Segment(Dictionary<string, object> json) =>
        Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(json)));
}
