using SafeguardingPortal.Features.Concerns.Postcodes;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// The configuration the decision reads (routing.md §9 and §4), passed in so the decision stays a pure function.
/// </summary>
/// <param name="LookupPostcode">A normalised postcode's lookup (imported postcodes already taken into account).</param>
/// <param name="CorporationSites">Site slug → the social-care authority the site lies in (§9.4).</param>
/// <param name="Version">The reference-data version, saved with each decision.</param>
public sealed record RoutingData(
    AuthorityRegister Register,
    Func<string, PostcodeLookup> LookupPostcode,
    IReadOnlyDictionary<string, string> CorporationSites,
    IReadOnlySet<string> Departments,
    WorkingCalendar Calendar,
    string Version);
