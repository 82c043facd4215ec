namespace SafeguardingPortal.Features.Pledges;

/// <summary>Pledges against a population's head-count; the head-count is null where none has been recorded.</summary>
public sealed record Coverage(int Pledges, int? HeadCount);

/// <summary>
/// The campaign's pledge figures. Current pledges are not withdrawn, not lapsed and not quarantined; "ever" also
/// counts withdrawn and lapsed ones, a renewed pledge once (quarantined pledges are never counted); "honoured" are
/// those whose owner answered yes at the 30-day follow-up.
/// </summary>
public sealed record PledgeTotals(int Current, int Ever, int Honoured, Coverage Members, IReadOnlyDictionary<string, Coverage> Departments);
