using System.Globalization;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Features.Concerns.Postcodes;
using SafeguardingPortal.Reference;

namespace SafeguardingPortal.Features.Concerns.Routing;

/// <summary>
/// The <see cref="RoutingData"/> of the reference data and the built-in postcode data loaded at start-up,
/// assembled once.
/// </summary>
public sealed class RoutingDataProvider(IOptions<ReferenceData> reference, PostcodeDirectory postcodes)
{
    private readonly Lazy<RoutingData> routing = new(() => Assemble(reference.Value, postcodes));

    public RoutingData Get() => routing.Value;

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
