using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Champions;

/// <summary>Logs briefings through the log page, as a champion on a phone would: the three answers, the defaults left as they are.</summary>
public static class BriefingLog
{
    public static async Task<Guid> LogAsync(PortalFactory portal, PortalUser champion, string department, int headCount = 12, params (string Name, string Value)[] more)
    {
        var journey = new JourneyClient(portal.ClientFor(champion));
        await journey.OpenAsync("/champions/briefings/log");
        await journey.PressAsync("Save briefing", [.. ThreeAnswers(journey, headCount, department), .. more]);
        Assert.True(Guid.TryParse(journey.Path.Replace("/champions/briefings/", "", StringComparison.Ordinal), out var id), $"{journey.Path}: {string.Join("; ", journey.Errors)}");
        return id;
    }

    /// <summary>The three required answers plus what the form filled in (the date, and the department when there is a choice).</summary>
    public static (string Name, string Value)[] ThreeAnswers(JourneyClient journey, int headCount, string? department = null) =>
    [
        ("head-count", headCount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("format", "InPerson"),
        ("duration", "30"),
        .. Prefilled(journey, "held-day", "held-month", "held-year"),
        .. journey.Page.QuerySelector("select[name=department]") is null || department is null ? [] : new[] { ("department", department) },
    ];

    private static IEnumerable<(string Name, string Value)> Prefilled(JourneyClient journey, params string[] names) =>
        names.Select(n => (n, journey.Page.QuerySelector($"input[name={n}]")?.GetAttribute("value") ?? ""));
}
