namespace SafeguardingPortal.Features.Concerns.Postcodes;

public enum AuthorityKind
{
    LondonBorough,
    Unitary,
    MetropolitanDistrict,
    ShireDistrict,
    County,
    Wales,
    Scotland,
    NorthernIreland,
}

/// <summary>A council in the authority register (routing.md §4.2): GSS code, name, kind, and the county of a shire district.</summary>
public sealed record Authority(string Code, string Name, AuthorityKind Kind, string? County = null)
{
    public const string City = "E09000001";

    /// <summary>All of Northern Ireland: BT postcodes, outside England (routing.md §4.2 item 4).</summary>
    public const string NorthernIreland = "N92000002";

    /// <summary>Welsh, Scottish and Northern Irish councils: different safeguarding law applies (R6).</summary>
    public bool IsOutsideEngland => Kind is AuthorityKind.Wales or AuthorityKind.Scotland or AuthorityKind.NorthernIreland;
}

/// <summary>Every council the portal can name. Social care is upper-tier: a shire district maps to its county (§3.1.2).</summary>
public sealed class AuthorityRegister(IEnumerable<Authority> authorities)
{
    private readonly Dictionary<string, Authority> byCode = authorities.ToDictionary(a => a.Code, StringComparer.Ordinal);

    public IReadOnlyCollection<Authority> All => byCode.Values;

    public Authority? Find(string? code) => code is null ? null : byCode.GetValueOrDefault(code);

    /// <summary>The council that runs children's and adults' social care for a code: a shire district's county, else itself.</summary>
    public string? SocialCareCode(string? code) =>
        Find(code) is { } authority ? (authority.Kind == AuthorityKind.ShireDistrict ? authority.County : authority.Code) : null;
}
