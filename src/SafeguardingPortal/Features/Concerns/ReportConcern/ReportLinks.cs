using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

namespace SafeguardingPortal.Features.Concerns.ReportConcern;

/// <summary>The journey's addresses: people are numbered from 1 in URLs, and nothing the reporter typed is ever in one.</summary>
public static partial class ReportLinks
{
    /// <summary>A form field people never see (hidden by CSS and from assistive technology); robots fill it in.</summary>
    public const string HoneypotField = "website";

    public static string Start(IUrlHelper url) => url.Page("/Concerns/ReportConcern/Start")!;

    public static string Step(IUrlHelper url, JourneyStep step, int person) =>
        url.Page("/Concerns/ReportConcern/Question", new { step = step.Slug, person = person >= 0 ? person + 1 : (int?)null })!;

    public static string First(IUrlHelper url) => Step(url, ReportJourney.Before[0], -1);

    public static string CheckAnswers(IUrlHelper url) => url.Page("/Concerns/ReportConcern/CheckAnswers")!;

    public static string Confirmation(IUrlHelper url) => url.Page("/Concerns/ReportConcern/Confirmation")!;

    public static string SessionEnded(IUrlHelper url) => url.Page("/Concerns/ReportConcern/SessionEnded")!;

    /// <summary>A poster's or card's <c>src</c> tag, when it looks like one; anything else is dropped.</summary>
    public static string? SourceTag(string? src) => src is not null && Tag().IsMatch(src) ? src : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex Tag();
}
