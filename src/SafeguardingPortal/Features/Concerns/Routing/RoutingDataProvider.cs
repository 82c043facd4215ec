using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// The <see cref="RoutingData"/> of the reference data and the built-in postcode data loaded at start-up (assembled
/// once), with the imported ONS postcode entries of just the postcodes a request names (one query) taking precedence.
/// </summary>
public sealed class RoutingDataProvider(IOptions<ReferenceData> reference, PostcodeDirectory postcodes)
{
    private readonly Lazy<RoutingData> routing = new(() => Assemble(reference.Value, postcodes));

    /// <summary>Routing on the built-in data only.</summary>
    public RoutingData Get() => routing.Value;

    public async Task<RoutingData> ForAsync(IEnumerable<string?> rawPostcodes, ImportedPostcodes imported, CancellationToken cancellationToken)
    {
        var normalised = rawPostcodes.Select(p => Postcode.TryNormalise(p, out var n) ? n : null).OfType<string>().Distinct().ToList();
        var lads = normalised.Count == 0 ? null : await imported.FindAsync(normalised, cancellationToken);
        return lads is null || lads.Count == 0
            ? Get()
            : Get() with { LookupPostcode = postcode => postcodes.Lookup(postcode, lads.GetValueOrDefault(postcode)) };
    }

    /// <summary>The postcodes a routing request's JSON names: each person's home and the harmer's employer.</summary>
    public static IEnumerable<string?> PostcodesIn(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        if (request.TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Array)
        {
            foreach (var person in people.EnumerateArray())
            {
                yield return StringAt(person, "home", "postcode");
            }
        }

        yield return StringAt(request, "harmer", "employerPostcode");
    }

    private static string? StringAt(JsonElement element, string objectName, string field) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(objectName, out var inner) && inner.ValueKind == JsonValueKind.Object
        && inner.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static RoutingData Assemble(ReferenceData data, PostcodeDirectory postcodes)
    {
        var hours = data.Contacts.OfficeHours;
        return new RoutingData(
            postcodes.Authorities,
            postcode => postcodes.Lookup(postcode),
            data.Sites.Sites.ToDictionary(s => s.Slug, s => s.HostAuthority),
            data.Departments.Departments.Select(d => d.Slug).ToHashSet(),
            new WorkingCalendar(hours.OpensAt, hours.ClosesAt, TimeOnly.Parse(hours.ClosingHourStarts, CultureInfo.InvariantCulture),
                data.BankHolidays.Years.Values.SelectMany(days => days).ToHashSet()),
            $"{data.Version}; {postcodes.Version}");
    }
}
