namespace SafeguardingPortal.Features.Pledges;

/// <summary>Pledges against a population's head-count; the head-count is null where none has been recorded.</summary>
public sealed record Coverage(int Pledges, int? HeadCount);

/// <summary>
/// The campaign's pledge figures. Current pledges are not withdrawn, not lapsed and not quarantined; "ever" also
/// counts withdrawn and lapsed ones (quarantined pledges are never counted).
/// </summary>
public sealed record PledgeTotals(int Current, int Ever, int Honoured, Coverage Members, IReadOnlyDictionary<string, Coverage> Departments);
