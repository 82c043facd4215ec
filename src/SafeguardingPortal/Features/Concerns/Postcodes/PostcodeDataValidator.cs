using Microsoft.Extensions.Options;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>
/// Start-up validation of the postcode data: the portal does not start with a council it cannot name, a district
/// without its county, or a lookup that would hand a reporter a code outside the register.
/// </summary>
public sealed class PostcodeDataValidator : IValidateOptions<PostcodeData>
{
    /// <summary>The kind each GSS code prefix (entity code) stands for.</summary>
    private static readonly Dictionary<string, AuthorityKind> KindByPrefix = new(StringComparer.Ordinal)
    {
        ["E06"] = AuthorityKind.Unitary,
        ["E07"] = AuthorityKind.ShireDistrict,
        ["E08"] = AuthorityKind.MetropolitanDistrict,
        ["E09"] = AuthorityKind.LondonBorough,
        ["E10"] = AuthorityKind.County,
        ["W06"] = AuthorityKind.Wales,
        ["S12"] = AuthorityKind.Scotland,
        ["N09"] = AuthorityKind.NorthernIreland,
        ["N92"] = AuthorityKind.NorthernIreland,
    };

    public ValidateOptionsResult Validate(string? name, PostcodeData data)
    {
        var failures = new List<string>();
        failures.AddRange(data.Files.Where(f => !f.IsComplete).Select(f => $"{f.File} needs version, owner and lastVerified"));
        failures.AddRange(ValidateAuthorities(data.Authorities));

        var codes = data.Authorities.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var socialCare = data.Authorities.Where(a => a.Kind != AuthorityKind.ShireDistrict).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (sector, lookup) in data.Sectors.Sectors)
        {
            var expected = lookup.Match == PostcodeMatch.Straddle ? lookup.Candidates.Count > 1 : lookup.Candidates.Count == 1;
            if (!expected || lookup.Candidates.Any(c => !socialCare.Contains(c)))
            {
                failures.Add($"{SectorTableCsv.FileName}: sector '{sector}' needs one social-care authority of {AuthorityRegisterLoader.FileName} (several for straddle), not '{string.Join(' ', lookup.Candidates)}'");
            }
        }

        failures.AddRange(data.Units.Where(u => !codes.Contains(u.Value))
            .Select(u => $"{UnitEntriesLoader.FileName}: {Postcode.Display(u.Key)} names '{u.Value}', which is not in {AuthorityRegisterLoader.FileName}"));

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> ValidateAuthorities(List<Authority> authorities)
    {
        var file = AuthorityRegisterLoader.FileName;
        foreach (var duplicate in authorities.GroupBy(a => a.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return $"{file}: code {duplicate.Key} is listed {duplicate.Count()} times";
        }

        var counties = authorities.Where(a => a.Kind == AuthorityKind.County).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var authority in authorities)
        {
            AuthorityKind? prefixKind = authority.Code.Length == 9 && KindByPrefix.TryGetValue(authority.Code[..3], out var kind) ? kind : null;
            if (prefixKind != authority.Kind)
            {
                yield return $"{file}: {authority.Code} cannot be a {CamelCaseNames.Name(authority.Kind)}";
            }

            if (string.IsNullOrWhiteSpace(authority.Name))
            {
                yield return $"{file}: {authority.Code} needs a name";
            }

            if (authority.Kind == AuthorityKind.ShireDistrict ? authority.County is null || !counties.Contains(authority.County) : authority.County is not null)
            {
                yield return $"{file}: {authority.Code} {authority.Name}: a shire district names a county of the register, and only a shire district names one";
            }
        }
    }
}
